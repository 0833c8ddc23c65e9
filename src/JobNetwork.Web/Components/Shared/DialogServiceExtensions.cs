using MudBlazor;

namespace JobNetwork.Web.Components.Shared;

public static class DialogServiceExtensions
{
    public static readonly DialogOptions FormOptions = new()
    {
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
        CloseButton = true,
        BackdropClick = false,
        CloseOnEscapeKey = true,
    };

    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText = "Delete")
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Title, title },
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }

    /// <summary>Shows a form dialog and returns the saved record's id, or null when the user cancelled.</summary>
    public static async Task<int?> ShowFormAsync<TDialog>(this IDialogService dialogs, string title, DialogParameters<TDialog> parameters)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var dialog = await dialogs.ShowAsync<TDialog>(title, parameters, FormOptions);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: int id } ? id : null;
    }
}
