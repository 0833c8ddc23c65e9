using JobNetwork.Web.Data;

namespace JobNetwork.Web.Features.Common;

/// <summary>
/// Turns a save that failed for lack of storage (disk full, read-only data folder) into a refusal the form shows next
/// to what the user typed, instead of an exception that would tear the dialog down.
/// </summary>
public static class StorageSafe
{
    public static async Task<SaveResult> SaveAsync(Func<Task<SaveResult>> save)
    {
        try
        {
            return await save();
        }
        catch (Exception exception) when (StorageFailure.Describe(exception) is { } message)
        {
            return SaveResult.Invalid(message);
        }
    }
}
