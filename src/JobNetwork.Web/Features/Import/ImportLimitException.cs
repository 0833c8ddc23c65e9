namespace JobNetwork.Web.Features.Import;

/// <summary>A reader met a line, field or count beyond the import limits; the message says which and what to do.</summary>
public sealed class ImportLimitException(string message) : Exception(message);
