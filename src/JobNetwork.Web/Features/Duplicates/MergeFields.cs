using System.Globalization;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Web.Features.Duplicates;

/// <summary>The contact fields a merge lets the user choose between.</summary>
public enum MergeField
{
    Name,
    Closeness,
    Company,
    Title,
    Email,
    Phone,
    LinkedIn,
    Location,
    HowWeMet,
    NextFollowUp,
    Notes,
}

/// <summary>Whose value the merged contact keeps. <see cref="Both"/> joins the two texts (how you met, notes).</summary>
public enum MergeSide
{
    Survivor,
    Duplicate,
    Both,
}

/// <summary>The survivor's own fields, saved with a merge so Undo can put them back.</summary>
public sealed record ContactFields(
    string Name, Closeness Closeness, int? CompanyId, string? Title, string? Email, string? Phone, string? PhoneNormalized,
    string? LinkedInUrl, string? Location, string? HowWeMet, DateOnly? NextFollowUpOn, string? Notes)
{
    public static ContactFields Of(Contact c) =>
        new(c.Name, c.Closeness, c.CompanyId, c.Title, c.Email, c.Phone, c.PhoneNormalized, c.LinkedInUrl, c.Location, c.HowWeMet, c.NextFollowUpOn, c.Notes);

    public void ApplyTo(Contact c)
    {
        (c.Name, c.Closeness, c.CompanyId, c.Title, c.Email, c.Phone, c.PhoneNormalized) = (Name, Closeness, CompanyId, Title, Email, Phone, PhoneNormalized);
        (c.LinkedInUrl, c.Location, c.HowWeMet, c.NextFollowUpOn, c.Notes) = (LinkedInUrl, Location, HowWeMet, NextFollowUpOn, Notes);
    }
}

/// <summary>Reads a field for the side-by-side view, and copies the chosen value onto the survivor.</summary>
public static class MergeFields
{
    public static string Label(MergeField field) => field switch
    {
        MergeField.LinkedIn => "LinkedIn",
        MergeField.HowWeMet => "How you know them",
        MergeField.NextFollowUp => "Next follow-up",
        _ => field.ToString(),
    };

    /// <summary>Only free text can keep both values.</summary>
    public static bool CanJoin(MergeField field) => field is MergeField.HowWeMet or MergeField.Notes;

    public static string? Display(Contact c, MergeField field) => field switch
    {
        MergeField.Name => c.Name,
        MergeField.Closeness => c.Closeness.Label(),
        MergeField.Company => c.Company?.Name,
        MergeField.Title => c.Title,
        MergeField.Email => c.Email,
        MergeField.Phone => c.Phone,
        MergeField.LinkedIn => c.LinkedInUrl,
        MergeField.Location => c.Location,
        MergeField.HowWeMet => c.HowWeMet,
        MergeField.NextFollowUp => c.NextFollowUpOn?.ToString("d MMM yyyy", CultureInfo.CurrentCulture),
        MergeField.Notes => c.Notes,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>What the merge keeps unless the user picks otherwise: the survivor's value, or the other's where the survivor has none; both notes.</summary>
    public static MergeSide DefaultChoice(Contact survivor, Contact duplicate, MergeField field)
    {
        var (kept, other) = (Display(survivor, field), Display(duplicate, field));
        if (string.IsNullOrWhiteSpace(kept) && !string.IsNullOrWhiteSpace(other))
        {
            return MergeSide.Duplicate;
        }

        return CanJoin(field) && !string.IsNullOrWhiteSpace(other) && kept != other ? MergeSide.Both : MergeSide.Survivor;
    }

    public static void Apply(Contact survivor, Contact duplicate, MergeField field, MergeSide side)
    {
        if (side == MergeSide.Survivor || (side == MergeSide.Both && !CanJoin(field)))
        {
            return;
        }

        var both = side == MergeSide.Both;
        switch (field)
        {
            case MergeField.Name: survivor.Name = duplicate.Name; break;
            case MergeField.Closeness: survivor.Closeness = duplicate.Closeness; break;
            case MergeField.Company: survivor.CompanyId = duplicate.CompanyId; break;
            case MergeField.Title: survivor.Title = duplicate.Title; break;
            case MergeField.Email: survivor.Email = duplicate.Email; break;
            case MergeField.Phone: (survivor.Phone, survivor.PhoneNormalized) = (duplicate.Phone, duplicate.PhoneNormalized); break;
            case MergeField.LinkedIn: survivor.LinkedInUrl = duplicate.LinkedInUrl; break;
            case MergeField.Location: survivor.Location = duplicate.Location; break;
            case MergeField.HowWeMet: survivor.HowWeMet = both ? Join(survivor.HowWeMet, duplicate.HowWeMet, "; ", Contact.HowWeMetMaxLength) : duplicate.HowWeMet; break;
            case MergeField.NextFollowUp: survivor.NextFollowUpOn = duplicate.NextFollowUpOn; break;
            case MergeField.Notes: survivor.Notes = both ? Join(survivor.Notes, duplicate.Notes, "\n\n", Contact.NotesMaxLength) : duplicate.Notes; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    private static string? Join(string? first, string? second, string separator, int maxLength)
    {
        var joined = string.Join(separator, new[] { first, second }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct());
        if (joined.Length == 0)
        {
            return null;
        }

        // Cut with an ellipsis, as imports do, so the user can tell the text was longer than the field allows.
        return joined.Length <= maxLength ? joined : joined[..(maxLength - 1)].TrimEnd() + "…";
    }
}
