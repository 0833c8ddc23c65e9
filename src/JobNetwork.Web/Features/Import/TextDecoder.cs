using System.Text;
using System.Text.Unicode;

namespace JobNetwork.Web.Features.Import;

public sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns uploaded bytes into text whatever program wrote them: UTF-8 with or without a byte order mark,
/// UTF-16 (Excel's "Unicode text", Outlook), and Windows-1252 (older Excel "CSV" on Windows) when the bytes are not UTF-8.
/// </summary>
public static class TextDecoder
{
    // Part of the .NET 10 shared framework, but not registered by default; used directly, so nothing global changes.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly Encoding Utf8WithoutMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Utf8WithoutMark.GetString(bytes[3..]), "UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "UTF-16 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16 BE");
        }

        if (GuessUtf16WithoutBom(bytes) is { } utf16)
        {
            return new DecodedText(utf16.GetString(bytes), utf16 == Encoding.Unicode ? "UTF-16 LE" : "UTF-16 BE");
        }

        return Utf8.IsValid(bytes)
            ? new DecodedText(Utf8WithoutMark.GetString(bytes), "UTF-8")
            : new DecodedText(Windows1252.GetString(bytes), "Windows-1252");
    }

    /// <summary>
    /// Mostly-ASCII text saved as UTF-16 without a mark has a zero in every other byte; binary files have zeros
    /// scattered everywhere, so both halves are checked.
    /// </summary>
    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4 || sample.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.8 && evenZeros == 0)
        {
            return Encoding.Unicode;
        }

        return evenZeros > pairs * 0.8 && oddZeros == 0 ? Encoding.BigEndianUnicode : null;
    }
}
