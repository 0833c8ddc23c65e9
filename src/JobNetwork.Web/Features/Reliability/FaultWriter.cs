using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace JobNetwork.Web.Features.Reliability;

/// <summary>
/// The writer the kill-mid-write test runs in a child process (<c>--fault-writer</c>): it writes contacts, asks and
/// leads through the app's own services, one after another, and prints each write's id only once the service has
/// acknowledged it. Whatever a line names must survive a SIGKILL at any moment. Writes only into its own owner id,
/// so it cannot touch real accounts' data.
/// </summary>
public sealed class FaultWriter(IServiceProvider services)
{
    public const string OwnerId = "fault-writer";

    public async Task RunAsync(TextWriter acknowledgements, CancellationToken cancellationToken)
    {
        await EnsureAccountAsync();
        for (var round = 0; !cancellationToken.IsCancellationRequested; round++)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(OwnerId);
            var contacts = scope.ServiceProvider.GetRequiredService<ContactService>();
            var asks = scope.ServiceProvider.GetRequiredService<AskService>();
            var leads = scope.ServiceProvider.GetRequiredService<JobLeadService>();

            var contact = Acknowledged(await contacts.CreateAsync(new ContactForm { Name = $"Fault contact {round}", Notes = new string('n', 300) }, cancellationToken));
            await acknowledgements.WriteLineAsync($"contact {contact}");
            var ask = Acknowledged(await asks.LogAsync(contact, new AskForm { Question = $"Fault ask {round}" }, cancellationToken));
            await acknowledgements.WriteLineAsync($"ask {ask}");
            var lead = Acknowledged(await leads.CreateAsync(
                new JobLeadForm { Title = $"Fault lead {round}", CompanyName = $"Fault company {round % 7}", SourceContactId = contact },
                cancellationToken));
            await acknowledgements.WriteLineAsync($"lead {lead}");
            await acknowledgements.FlushAsync(cancellationToken);
        }
    }

    /// <summary>Its rows reference their owner's account like everyone's, so the writer needs one of its own.</summary>
    private async Task EnsureAccountAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(OwnerId) is null)
        {
            var created = await users.CreateAsync(new ApplicationUser { Id = OwnerId, UserName = "fault-writer@localhost", Email = "fault-writer@localhost", CreatedAtUtc = DateTime.UtcNow });
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("The fault writer could not make its account: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }
    }

    private static int Acknowledged(SaveResult result) =>
        result.Succeeded ? result.Id!.Value : throw new InvalidOperationException($"The fault writer's write was refused: {result.Message}");
}
