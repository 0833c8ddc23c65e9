using System.Security.Cryptography;
using System.Text;

namespace JobNetwork.Web.Features.Import;

/// <summary>What a CSV column holds. Several columns may hold emails, phones or notes; the other fields take one column.</summary>
public enum ImportField
{
    Ignore,
    FullName,
    FirstName,
    MiddleName,
    LastName,
    Email,
    Phone,
    Company,
    Title,
    LinkedInUrl,
    /// <summary>A web address column: kept only when it is a LinkedIn profile.</summary>
    Website,
    Location,
    Notes,
    ConnectedOn,
}

/// <summary>
/// Which field each column (by header text) holds. A plain record so the caller can store it as JSON against
/// <see cref="HeaderSignature.Of"/> and offer it again the next time a file with the same columns arrives.
/// Headers not listed are ignored.
/// </summary>
public sealed record ColumnMapping(IReadOnlyDictionary<string, ImportField> FieldByHeader)
{
    public ImportField FieldOf(string header) =>
        FieldByHeader.TryGetValue(header, out var field) ? field
        : FieldByHeader.FirstOrDefault(pair => HeaderSignature.NormalizeHeader(pair.Key) == HeaderSignature.NormalizeHeader(header)).Value;

    /// <summary>A mapping can be used when it names the person somehow.</summary>
    public bool HasName => FieldByHeader.Values.Any(f => f is ImportField.FullName or ImportField.FirstName or ImportField.LastName);
}

/// <summary>A stable fingerprint of a CSV header, so a mapping chosen once is offered again for files with the same columns.</summary>
public static class HeaderSignature
{
    /// <summary>
    /// SHA-256 (hex, 32 characters) of the header names trimmed, lower-cased, de-duplicated and sorted: column order
    /// and case do not change it, because a mapping is by name. Stable across processes and .NET versions.
    /// </summary>
    public static string Of(IEnumerable<string> headers)
    {
        var names = headers.Select(NormalizeHeader).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', names)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public static string NormalizeHeader(string header) => header.Trim().ToLowerInvariant();
}
