using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Calendar;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Security;

/// <summary>One of every owned record, each carrying <paramref name="Text"/>, and the ids the app's routes take.</summary>
public sealed record NetworkSeed(string Text, int CircleId, int ContactId, int ReferredContactId, int CompanyId, int AskId, int ReferralId, int LeadId, string CalendarToken)
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>
    /// Seeds through the app's own services, from a scope already acting as the owner; <paramref name="text"/> lands in
    /// every text field. Shared with the E2E XSS sweep (linked into that project).
    /// </summary>
    public static async Task<NetworkSeed> CreateAsync(IServiceProvider services, string text, string? url = null)
    {
        var circles = services.GetRequiredService<CircleService>();
        var contacts = services.GetRequiredService<ContactService>();
        var companies = services.GetRequiredService<CompanyService>();
        var circleId = Saved(await circles.SaveAsync(null, new CircleForm
        {
            Name = Clip(text, Circle.NameMaxLength), Description = text, Focus = text, PluggedInOn = DateTime.UtcNow.Date,
        }, None));
        var companyId = Saved(await companies.SaveAsync(null, new CompanyForm
        {
            Name = Clip("Co " + text, Company.NameMaxLength), Website = url, Industry = text, Location = text, Notes = text, IsTarget = true,
        }, None));
        var contactId = Saved(await contacts.CreateAsync(new ContactForm
        {
            Name = Clip(text, Contact.NameMaxLength), HowWeMet = text, CompanyName = Clip("Co " + text, Company.NameMaxLength), Title = text,
            LinkedInUrl = url, Location = text, Notes = text, CircleIds = [circleId],
        }, None));
        var askId = Saved(await services.GetRequiredService<AskService>().LogAsync(contactId, new AskForm
        {
            AskedOn = DateTime.UtcNow.Date.AddDays(-1), Question = text, Notes = text, FollowUpOn = DateTime.UtcNow.Date,
        }, None));
        var referrals = services.GetRequiredService<ReferralService>();
        var referralId = Saved(await referrals.CreateAsync(contactId, new ReferralForm
        {
            NewContactName = Clip("Referred " + text, Contact.NameMaxLength), NewContactTitle = text, CircleId = circleId,
            CompanyName = Clip("Co " + text, Company.NameMaxLength), Notes = text,
        }, None));
        var referral = await referrals.GetAsync(referralId, None) ?? throw new InvalidOperationException("Referral vanished.");
        var leadId = Saved(await services.GetRequiredService<JobLeadService>().CreateAsync(new JobLeadForm
        {
            Title = Clip(text, JobLead.TitleMaxLength), CompanyName = Clip("Co " + text, Company.NameMaxLength), Source = LeadSource.Referral,
            ReferralId = referralId, Url = url, Notes = text,
        }, None));
        var token = await services.GetRequiredService<CalendarFeedService>().RotateTokenAsync(None);
        return new NetworkSeed(text, circleId, contactId, referral.ReferredContactId, companyId, askId, referralId, leadId, token);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];

    private static int Saved(SaveResult result)
    {
        Assert.True(result.Succeeded, result.Message);
        return result.Id!.Value;
    }
}
