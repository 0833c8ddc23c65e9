using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Settings;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobNetwork.Tests.Security;

/// <summary>
/// A megabyte pasted into any field gets a clear validation message, never a crash or a dead circuit: every form
/// model caps every text property no higher than its column, every interactive input carries a maxlength (so the
/// browser never sends more than the hub accepts), and the hub limit itself is stated.
/// </summary>
public sealed partial class OversizedInputTests
{
    private static readonly string OneMegabyte = new('x', 1024 * 1024);

    /// <summary>Each form model and the entity its fields are stored in.</summary>
    public static TheoryData<Type, Type> FormModels => new()
    {
        { typeof(CircleForm), typeof(Circle) },
        { typeof(ContactForm), typeof(Contact) },
        { typeof(CompanyForm), typeof(Company) },
        { typeof(AskForm), typeof(Ask) },
        { typeof(ReferralForm), typeof(Referral) },
        { typeof(JobLeadForm), typeof(JobLead) },
        { typeof(SettingsForm), typeof(JobSearchSettings) },
        { typeof(JobNetwork.Web.Features.Scripts.ProfileForm), typeof(JobSearchProfile) },
        { typeof(JobNetwork.Web.Features.Api.ApiTokenForm), typeof(ApiToken) },
        { typeof(JobNetwork.Web.Features.JobLeads.JobLeadEditForm), typeof(JobLead) },
        { typeof(JobNetwork.Web.Features.Coaching.CoachInviteForm), typeof(JobNetwork.Web.Domain.CoachGrant) },
        { typeof(JobNetwork.Web.Features.Push.PushSubscriptionForm), typeof(JobNetwork.Web.Domain.PushSubscription) },
        { typeof(JobNetwork.Web.Features.Searches.JobSearchForm), typeof(JobSearch) },
    };

    [Fact]
    public void Every_form_model_in_the_app_is_in_this_sweep()
    {
        var swept = FormModels.Select(row => (Type)row[0]).ToHashSet();
        var forms = typeof(CircleForm).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("JobNetwork.Web.Features", StringComparison.Ordinal) == true && t.Name.EndsWith("Form", StringComparison.Ordinal) && t.IsClass)
            .ToList();

        Assert.All(forms, form => Assert.True(swept.Contains(form), $"{form.Name} is a form model missing from the oversized-input sweep."));
    }

    [Theory]
    [MemberData(nameof(FormModels))]
    public async Task Every_text_field_has_a_limit_no_longer_than_its_column(Type form, Type entity)
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await using var db = database.ContextFor("user-alice");
        var columns = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not mapped.");

        foreach (var property in TextProperties(form))
        {
            var limit = Limit(property);
            Assert.True(limit is not null, $"{form.Name}.{property.Name} has no [StringLength]/[MaxLength].");
            if (columns.FindProperty(property.Name)?.GetMaxLength() is { } column)
            {
                Assert.True(limit <= column, $"{form.Name}.{property.Name} allows {limit} characters but the column holds {column}.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FormModels))]
    public void A_megabyte_in_any_text_field_is_a_validation_message_for_that_field(Type form, Type entity)
    {
        _ = entity;
        foreach (var property in TextProperties(form))
        {
            var model = Activator.CreateInstance(form)!;
            property.SetValue(model, OneMegabyte);
            var errors = new List<ValidationResult>();

            Assert.False(Validator.TryValidateObject(model, new ValidationContext(model), errors, validateAllProperties: true));
            // The length message names the limit, whatever other rule (email, URL) also complains.
            Assert.Contains(errors, e => e.MemberNames.Contains(property.Name) && Regex.IsMatch(e.ErrorMessage ?? "", @"\d"));
        }
    }

    [Fact]
    public void Every_interactive_text_input_has_a_maxlength()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "JobNetwork.Web");
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.razor", SearchOption.AllDirectories))
        {
            // Account pages are static server-rendered forms posted over HTTP, bounded by the request limits instead.
            if (file.Contains($"{Path.DirectorySeparatorChar}Account{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (Match input in TextInput().Matches(text))
            {
                if (!input.Value.Contains("MaxLength", StringComparison.OrdinalIgnoreCase) && !input.Value.Contains("ReadOnly=\"true\"", StringComparison.Ordinal))
                {
                    missing.Add($"{Path.GetRelativePath(source, file)}:{text[..input.Index].Count(c => c == '\n') + 1}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Text inputs without MaxLength (a long paste would exceed the hub's message limit and end the circuit): " + string.Join(", ", missing));
    }

    [Fact]
    public async Task The_hub_message_limit_is_stated_and_fits_the_longest_field()
    {
        await using var app = new JobNetworkAppFactory();
        var hubType = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var optionsType = typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hubType));
        var options = (HubOptions)optionsType.GetProperty(nameof(IOptions<object>.Value))!.GetValue(app.Services.GetRequiredService(optionsType))!;

        Assert.Equal(InputLimits.MaximumHubMessageBytes, options.MaximumReceiveMessageSize);
        // The longest field, in the worst case of UTF-8 (3 bytes a character) and JSON escaping, still fits.
        Assert.True(Contact.NotesMaxLength * 3 * 2 < options.MaximumReceiveMessageSize);
    }

    [Fact]
    public async Task A_megabyte_posted_to_the_sign_in_and_register_forms_is_a_message_not_an_error()
    {
        await using var app = new JobNetworkAppFactory(("RateLimiting:SignInPermitsPerMinute", "1000"));
        using var browser = app.CreateBrowser();

        using var signIn = await browser.SubmitFormAsync("/Account/Login", "login", FormClient.SignInFields(OneMegabyte, OneMegabyte));
        using var register = await browser.SubmitFormAsync("/Account/Register", "register", FormClient.RegisterFields(OneMegabyte + "@example.com", OneMegabyte));

        foreach (var response in new[] { signIn, register })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Matches("validation-message|text-danger|don&#x27;t match", html);
        }

        Assert.Equal(0, await app.CountUsersAsync());
    }

    private static IEnumerable<PropertyInfo> TextProperties(Type form) =>
        form.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.CanWrite);

    private static int? Limit(PropertyInfo property) =>
        property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? property.GetCustomAttribute<MaxLengthAttribute>()?.Length;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobNetwork.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Can't find the repository root from " + AppContext.BaseDirectory);
    }

    /// <summary>A text-taking component tag, attributes included (lambdas like <c>() =&gt; x</c> contain '&gt;').</summary>
    [GeneratedRegex("""<(MudTextField|MudAutocomplete|InputText|InputTextArea|textarea|input\s+type="text")\b(?:=>|[^>])*>""", RegexOptions.Singleline)]
    private static partial Regex TextInput();
}
