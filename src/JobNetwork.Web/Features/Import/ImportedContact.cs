namespace JobNetwork.Web.Features.Import;

/// <summary>
/// One person read from an import file, before it is cleaned and matched against the user's contacts.
/// Every reader (LinkedIn, vCard, Google, Outlook, any mapped CSV) produces this same shape.
/// </summary>
/// <param name="RowNumber">The row as a spreadsheet shows it (header and preamble rows counted), or the card's position in a vCard file.</param>
public sealed record ImportedContact(
    int RowNumber,
    string Name,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    string? Company = null,
    string? Title = null,
    string? LinkedInUrl = null,
    string? Location = null,
    string? Notes = null,
    DateOnly? ConnectedOn = null)
{
    public string? Email => Emails.Count > 0 ? Emails[0] : null;

    public string? Phone => Phones.Count > 0 ? Phones[0] : null;
}

/// <summary>A row that cannot become a contact, and why, in words the user can act on.</summary>
public sealed record ImportRowError(int RowNumber, string Reason);

/// <summary>What a reader made of a file: the people it found, the rows it could not use, or why the whole file is unusable.</summary>
public sealed record ParsedContacts(IReadOnlyList<ImportedContact> Contacts, IReadOnlyList<ImportRowError> Errors, ImportProblem? Problem = null)
{
    public static ParsedContacts Failed(ImportProblem problem) => new([], [], problem);
}
