using JobNetwork.Web.Components.Shared;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using MudBlazor;

namespace JobNetwork.Web.Features.JobLeads;

/// <summary>Moves a lead and, after a turn-down that followed interviews, offers the seed's step: ask the interviewer who else they know.</summary>
public sealed class LeadMover(JobLeadService leads, IDialogService dialogs, ISnackbar snackbar)
{
    /// <returns>True when the move was saved.</returns>
    public async Task<bool> MoveAsync(int leadId, string leadTitle, JobLeadStatus to, Guid version)
    {
        var result = await leads.MoveAsync(leadId, to, version, CancellationToken.None);
        if (result.Status != SaveStatus.Saved)
        {
            snackbar.Add(result.Message ?? "That lead could not be moved.", Severity.Warning);
            return false;
        }

        snackbar.Add($"“{leadTitle}” moved to {to.Label()}.", Severity.Success);
        if (result.OfferInterviewerFollowUp)
        {
            var parameters = new DialogParameters<InterviewerDialog> { { d => d.LeadId, leadId }, { d => d.LeadTitle, leadTitle } };
            if (await dialogs.ShowFormAsync("Turned down? Ask the interviewer", parameters) is not null)
            {
                snackbar.Add("Interviewer added to “Met while job hunting” with a follow-up tomorrow.", Severity.Success);
            }
        }

        return true;
    }
}
