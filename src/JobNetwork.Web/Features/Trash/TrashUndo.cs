using MudBlazor;

namespace JobNetwork.Web.Features.Trash;

/// <summary>The "… moved to the Trash — Undo" snackbar every delete shows, so one wrong click loses nothing.</summary>
public sealed class TrashUndo(ISnackbar snackbar, TrashRestorer restorer)
{
    /// <param name="onRestored">Refreshes the page (or navigates back to the record) after Undo.</param>
    public void Offer(TrashReceipt receipt, Func<Task>? onRestored = null)
    {
        snackbar.Add($"“{receipt.Label}” moved to the Trash.", Severity.Normal, config =>
        {
            config.Action = "Undo";
            config.ActionColor = Color.Primary;
            config.VisibleStateDuration = 10_000;
            config.OnClick = async _ =>
            {
                var result = await restorer.RestoreAsync(receipt.EntryId, CancellationToken.None);
                snackbar.Add(result.Message, result.Succeeded ? Severity.Success : Severity.Warning);
                if (result.Succeeded && onRestored is not null)
                {
                    await onRestored();
                }
            };
        });
    }
}
