using System.Globalization;

namespace JobNetwork.Web.Features.Import.VCard;

/// <summary>
/// Reads vCard 2.1, 3.0 and 4.0 files (one or many cards) as phones and mail programs export them. Only the
/// properties a contact needs are read; everything else, embedded photos included, is passed over.
/// </summary>
public static class VCardParser
{
    public static ParsedContacts Parse(string text)
    {
        var contacts = new List<ImportedContact>();
        var errors = new List<ImportRowError>();
        VCardCardBuilder? card = null;
        var cardNumber = 0;
        foreach (var line in VCardLineReader.LogicalLines(text))
        {
            var property = VCardProperty.Parse(line);
            if (property is null)
            {
                continue;
            }

            if (property.Name == "BEGIN" && property.RawValue.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                if (card is not null)
                {
                    errors.Add(new ImportRowError(card.Number, NotClosed));
                }

                if (++cardNumber > ImportLimits.MaxRows)
                {
                    return ParsedContacts.Failed(TooManyCards());
                }

                card = new VCardCardBuilder(cardNumber);
            }
            else if (property.Name == "END" && card is not null)
            {
                Finish(card, contacts, errors);
                card = null;
            }
            else
            {
                card?.Add(property);
            }
        }

        if (card is not null)
        {
            errors.Add(new ImportRowError(card.Number, NotClosed));
        }

        return cardNumber == 0
            ? ParsedContacts.Failed(new ImportProblem(ImportProblemKind.NotCsvOrVCard, "No contact cards were found in this file (no BEGIN:VCARD line)."))
            : new ParsedContacts(contacts, errors);
    }

    private const string NotClosed = "This card is not closed (END:VCARD is missing); the file may be cut short.";

    private static void Finish(VCardCardBuilder card, List<ImportedContact> contacts, List<ImportRowError> errors)
    {
        if (card.Build() is { } contact)
        {
            contacts.Add(contact);
        }
        else
        {
            errors.Add(new ImportRowError(card.Number, "This card has no name (FN or N)."));
        }
    }

    private static ImportProblem TooManyCards() => new(ImportProblemKind.TooManyRows, string.Create(CultureInfo.CurrentCulture,
        $"The file has more than {ImportLimits.MaxRows:N0} cards. Split it into smaller files and import them one at a time."));
}
