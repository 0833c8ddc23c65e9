namespace JobNetwork.Web.Data;

/// <summary>Thrown when a save would write a record that belongs to someone other than the current user.</summary>
public sealed class OwnershipViolationException(string message) : InvalidOperationException(message);
