namespace JobNetwork.Web.Features.Import;

public enum ImportRowStatus
{
    /// <summary>Becomes a new contact.</summary>
    New,
    /// <summary>The same person as an existing contact.</summary>
    Duplicate,
    /// <summary>The same person as an earlier row of this file, which becomes the new contact.</summary>
    RepeatedInFile,
}

internal sealed record PlannedRow(ContactDraft Draft, ImportRowStatus Status, MatchTarget Target, string? MatchedOn);

/// <summary>Decides, row by row and in file order, which rows are new people and which are people already known.</summary>
internal static class ImportPlan
{
    public static List<PlannedRow> Build(ParsedImportFile parsed, ContactMatcher matcher)
    {
        var rows = new List<PlannedRow>(parsed.Contacts.Count);
        foreach (var person in parsed.Contacts)
        {
            var draft = ContactDraft.From(person, parsed.Format);
            PlannedRow row;
            if (matcher.Find(draft) is { } match)
            {
                var status = match.Target.ExistingContactId is null ? ImportRowStatus.RepeatedInFile : ImportRowStatus.Duplicate;
                row = new PlannedRow(draft, status, match.Target, match.MatchedOn);
            }
            else
            {
                row = new PlannedRow(draft, ImportRowStatus.New, new MatchTarget(null, draft.Name, draft.RowNumber), null);
            }

            matcher.Register(draft, row.Target);
            rows.Add(row);
        }

        return rows;
    }
}
