using AngleSharp.Dom;
using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.JobLeads;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobNetwork.Tests.Features.JobLeads;

/// <summary>Correcting a lead from its page: the dialog saves title, company, advertised, link and notes, and a stale edit keeps what was typed.</summary>
[Trait("Database", "Any")]
public sealed class JobLeadEditDialogTests : MudComponentTest
{
    private TestDatabase database = null!;
    private TestUser alice = null!;

    public override async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
        alice = new TestUser(database, "user-alice", clock);
        Context.Services.AddSingleton(alice.Factory);
        Context.Services.AddSingleton<TimeProvider>(clock);
        Context.Services.AddSingleton<JobLeadEditing>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<(IRenderedComponent<IComponent> Providers, IDialogReference Dialog)> OpenAsync(int leadId, JobLeadEditForm initial)
    {
        var providers = Context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        });
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<JobLeadEditDialog> { { d => d.LeadId, leadId }, { d => d.Initial, initial }, { d => d.FoundItMyself, true } };
        var dialog = await providers.InvokeAsync(() => dialogs.ShowAsync<JobLeadEditDialog>("Edit job lead", parameters));
        providers.WaitForElement("form#lead-edit-form");
        return (providers, dialog);
    }

    private static IElement Input(IRenderedComponent<IComponent> providers, string label) =>
        providers.FindAll(".mud-input-control")
            .First(control => control.QuerySelector("label")?.TextContent.Trim() == label)
            .QuerySelector("input")!;

    private async Task<(int Id, JobLeadEditForm Form)> ALeadAsync()
    {
        var id = await alice.AddLeadAsync(new JobLeadForm { Title = "Acountant", CompanyName = "Acme", Source = LeadSource.FoundMyself });
        return (id, JobLeadEditForm.From((await alice.Leads.GetAsync(id, CancellationToken.None))!));
    }

    [Fact]
    public async Task Correcting_the_title_company_and_advertised_saves_them_and_closes_the_dialog()
    {
        var (id, form) = await ALeadAsync();
        var (providers, dialog) = await OpenAsync(id, form);

        await Input(providers, "Job title").ChangeAsync(new ChangeEventArgs { Value = "Accountant" });
        await Input(providers, "Company").ChangeAsync(new ChangeEventArgs { Value = "Acme Health" });
        // Not sure, Yes, Never: the second answer.
        providers.FindAll(".jn-advertising input[type=radio]")[1].Click();
        await Input(providers, "Link to the job").ChangeAsync(new ChangeEventArgs { Value = "https://jobs.example.com/1" });
        await providers.Find("form#lead-edit-form").SubmitAsync();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);
        var lead = (await alice.Leads.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(("Accountant", "Acme Health", Advertising.Advertised, "https://jobs.example.com/1"), (lead.Title, lead.Company.Name, lead.Advertising, lead.Url));
    }

    [Fact]
    public async Task An_edit_from_a_stale_page_is_refused_with_a_message_and_keeps_what_was_typed()
    {
        var (id, form) = await ALeadAsync();
        var (providers, dialog) = await OpenAsync(id, form);
        // Someone corrects the lead in another tab after this dialog opened.
        var elsewhere = JobLeadEditForm.From((await alice.Leads.GetAsync(id, CancellationToken.None))!);
        elsewhere.Notes = "From the other tab";
        Assert.True((await new JobLeadEditing(alice.Factory, TimeProvider.System).UpdateAsync(id, elsewhere, CancellationToken.None)).Succeeded);

        await Input(providers, "Job title").ChangeAsync(new ChangeEventArgs { Value = "Senior accountant" });
        await providers.Find("form#lead-edit-form").SubmitAsync();

        providers.WaitForAssertion(() => Assert.Contains("changed", providers.Find("form#lead-edit-form").TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("Senior accountant", Input(providers, "Job title").GetAttribute("value"));
        Assert.Equal("Acountant", (await alice.Leads.GetAsync(id, CancellationToken.None))!.Title);
    }
}
