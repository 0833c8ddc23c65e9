namespace JobNetwork.Web.Features.Common;

public enum SaveStatus
{
    Saved,
    NotFound,
    /// <summary>Someone saved the record in another tab or device after this form was loaded.</summary>
    ChangedElsewhere,
    Invalid,
}

public sealed record SaveResult(SaveStatus Status, int? Id = null, string? Message = null)
{
    public bool Succeeded => Status == SaveStatus.Saved;

    public static SaveResult Saved(int id) => new(SaveStatus.Saved, id);

    public static SaveResult NotFound() => new(SaveStatus.NotFound, Message: "That record no longer exists. It may have been deleted.");

    public static SaveResult ChangedElsewhere() =>
        new(SaveStatus.ChangedElsewhere, Message: "Someone changed this record in another tab or device since you opened it. Reload to see their changes, then make yours again.");

    public static SaveResult Invalid(string message) => new(SaveStatus.Invalid, Message: message);
}
