using System.Globalization;

namespace JobNetwork.Web.Features.Import.VCard;

/// <summary>
/// Reads vCard 2.1, 3.0 and 4.0 files (one or many cards) as phones and mail programs export them. Only the
/// properties a contact needs are read; everything else, embedded photos included, is passed over.
/// </summary>
public static class VCardParser
{
    /// <summary>Properties one card may have; a phone's busiest contact has a few dozen.</summary>
    public const int MaxPropertiesPerCard = 5_000;

    /// <summary>Linear in the file's length; stops with <see cref="OperationCanceledException"/> when cancelled.</summary>
    public static ParsedContacts Parse(string text, CancellationToken cancellationToken = default)
    {
        try
        {
            return ParseLines(text, cancellationToken);
        }
        catch (ImportLimitException limit)
        {
            return ParsedContacts.Failed(new ImportProblem(ImportProblemKind.TooLarge, limit.Message));
        }
    }

    private static ParsedContacts ParseLines(string text, CancellationToken cancellationToken)
    {
        var contacts = new List<ImportedContact>();
        var errors = new List<ImportRowError>();
        VCardCardBuilder? card = null;
        var cardNumber = 0;
        var propertiesInCard = 0;
        foreach (var line in VCardLineReader.LogicalLines(text, cancellationToken))
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
                propertiesInCard = 0;
            }
            else if (property.Name == "END" && card is not null)
            {
                Finish(card, contacts, errors);
                card = null;
            }
            else if (card is not null)
            {
                if (++propertiesInCard > MaxPropertiesPerCard)
                {
                    return ParsedContacts.Failed(new ImportProblem(ImportProblemKind.TooLarge, string.Create(CultureInfo.CurrentCulture,
                        $"Card {card.Number:N0} has more than {MaxPropertiesPerCard:N0} lines. The file is probably damaged; export the contacts again and retry.")));
                }

                card.Add(property);
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
