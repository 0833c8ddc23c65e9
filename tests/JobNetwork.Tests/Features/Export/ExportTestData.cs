using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Scripts;
using JobNetwork.Web.Features.Searches;
using JobNetwork.Web.Features.Settings;

namespace JobNetwork.Tests.Features.Export;

/// <summary>An account with one of everything a user can own, with text that is awkward for CSV, JSON and vCard.</summary>
public static class ExportTestData
{
    public const string AwkwardNotes = "Likes \"straight talk\", coffee; hates cold calls.\nSecond line, with a comma\\backslash";

    public static async Task<int> SeedRichAccountAsync(TestUser user)
    {
        var none = TestUser.None;
        Assert.Equal(SaveOutcome.Saved, await user.Settings.SaveAsync(new SettingsForm
        {
            ActiveLeadsGoal = 12, TimeZoneId = "Europe/London", SearchStartDate = new DateTime(2026, 5, 1), SuggestionsPerDay = 4,
            EmailDigestEnabled = true, EmailDigestHour = 7, WebhookUrl = "https://ntfy.example/alice-job-search",
        }, none));
        var friends = (await user.Circles.SaveAsync(null, new CircleForm { Name = "Friends", Kind = CircleKind.Friends, CadenceDays = 30, Description = "People I know well" }, none)).Id!.Value;
        var formerCoworkers = await user.AddCircleAsync("Former coworkers at Acme", CircleKind.FormerCoworkers);
        await user.AddCompanyAsync("Acme Corp", isTarget: true, industry: "Software");

        var ann = await user.AddContactAsync(new ContactForm
        {
            Name = "Ann Lee", Closeness = Closeness.KnowWell, HowWeMet = "University, 2009", CompanyName = "Acme Corp", Title = "VP, Engineering",
            Email = "ann@example.com", Phone = "(415) 555-0100", LinkedInUrl = "https://www.linkedin.com/in/ann-lee", Location = "Seattle, WA",
            Notes = AwkwardNotes, NextFollowUpOn = new DateTime(2026, 7, 1), CircleIds = [friends, formerCoworkers], PrimaryCircleId = friends,
            Tags = ["mentor", "hiring manager"],
        });
        var ben = await user.AddContactAsync(new ContactForm { Name = "Ben Ng", Closeness = Closeness.MetOnce, CircleIds = [formerCoworkers], Email = "=HYPERLINK(\"http://evil.example\")" });
        await user.AddContactAsync(new ContactForm { Name = "Zoë Müller", Title = "-Leiterin", Notes = "@mention\tand tab" });

        Assert.True((await user.Asks.LogAsync(ann, new AskForm
        {
            AskedOn = new DateTime(2026, 6, 1), Channel = AskChannel.Phone, Question = "Who do you know at Globex?", Outcome = AskOutcome.GaveReferral,
            Notes = "Named Dee", FollowUpOn = new DateTime(2026, 6, 20),
        }, none)).Succeeded);
        await user.LogAskAsync(ben, new DateOnly(2026, 6, 3), AskOutcome.NoResponse);
        var referral = await user.Referrals.CreateAsync(ann, new ReferralForm { NewContactName = "Dee Diaz", CompanyName = "Globex", Status = ReferralStatus.Introduced, Notes = "Hiring soon" }, none);
        Assert.True(referral.Succeeded, referral.Message);

        var lead = await user.Leads.CreateAsync(new JobLeadForm { Title = "Staff Engineer", CompanyName = "Globex", Source = LeadSource.Referral, ReferralId = referral.Id }, none);
        Assert.True(lead.Succeeded, lead.Message);
        var stored = (await user.Leads.GetAsync(lead.Id!.Value, none))!;
        var moved = await user.Leads.MoveAsync(stored.Id, JobLeadStatus.Applied, stored.Version, none);
        Assert.Equal(Web.Features.Common.SaveStatus.Saved, moved.Status);
        Assert.True((await user.Leads.AddInterviewerAsync(stored.Id, "Ivy Interviewer", new DateOnly(2026, 6, 10), none)).Succeeded);
        Assert.True((await user.Leads.CreateAsync(new JobLeadForm { Title = "Engineering Manager", CompanyName = "Initech", Source = LeadSource.FoundMyself, FoundVia = "Job board", Advertising = Advertising.Advertised, Url = "https://initech.example/jobs/1" }, none)).Succeeded);

        await SeedCallSetupAsync(user);

        await using var db = user.Db();
        db.DailySuggestions.Add(new DailySuggestion
        {
            Day = new DateOnly(2026, 6, 15), Position = 0, ContactId = ann, ContactName = "Ann Lee", Kind = "keep-in-touch",
            SuggestedChannel = AskChannel.Phone, WhatToAsk = "Catch up", Reason = "30 days since you last asked", Status = DailySuggestionStatus.Done,
        });
        db.SavedColumnMappings.Add(new Web.Features.Import.SavedColumnMapping
        {
            HeaderSignature = "b9f1e2", MappingJson = "{\"Full name\":\"Name\",\"E-mail\":\"Email\"}", UpdatedAtUtc = new DateTime(2026, 6, 1, 9, 30, 0, DateTimeKind.Utc),
        });
        db.ThankYous.Add(new ThankYou
        {
            ReferralId = referral.Id!.Value, ReferrerId = ann, EventKey = "talked", Text = "Thank Ann Lee — you talked to Dee Diaz",
            CreatedAtUtc = new DateTime(2026, 6, 5, 10, 0, 0, DateTimeKind.Utc), Status = ThankYouStatus.Done, ClosedAtUtc = new DateTime(2026, 6, 6, 10, 0, 0, DateTimeKind.Utc),
        });
        db.ThankYous.Add(new ThankYou
        {
            ReferralId = referral.Id!.Value, ReferrerId = ann, JobLeadId = stored.Id, EventKey = $"lead:{stored.Id}:Interviewing",
            Text = "Thank Ann Lee — Dee Diaz's lead got you an interview: Staff Engineer at Globex",
            CreatedAtUtc = new DateTime(2026, 6, 12, 10, 0, 0, DateTimeKind.Utc), SnoozedUntil = new DateOnly(2026, 6, 16),
        });
        db.DailySuggestions.Add(new DailySuggestion { Day = new DateOnly(2026, 6, 15), Position = 1, ContactName = "", Kind = "list-people", WhatToAsk = "List people you know well", Reason = "Start here" });
        await db.SaveChangesAsync();
        return ann;
    }

    /// <summary>The job-search profile, one reworded script and a second search (which stores the first one too).</summary>
    private static async Task SeedCallSetupAsync(TestUser user)
    {
        var none = TestUser.None;
        Assert.Equal(SaveOutcome.Saved, await new ProfileService(user.Factory).SaveAsync(new ProfileForm
        {
            RolesSought = "controls engineer", Industries = "robotics, medical devices", Locations = "Boston, remote",
            Pitch = "I'm a controls engineer moving into robotics. \"Factory lines\" are my thing.",
        }, none));
        Assert.Equal(SaveOutcome.Saved, await new ProfileService(user.Factory).SaveTemplateAsync(
            ScriptSituation.FormerCoworker, "Hi {first name}, it's me from {company}. Who do you know at {targets}?", none));
        var started = await user.Searches.StartAsync(new JobSearchForm { Name = "Summer 2026", StartsOn = new DateTime(2026, 6, 1) }, none);
        Assert.True(started.Succeeded, started.Message);
    }
}
