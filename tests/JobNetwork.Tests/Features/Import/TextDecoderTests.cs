using System.Text;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

public sealed class TextDecoderTests
{
    private const string Csv = "Name,Company\nZoë Müller,Straße GmbH\n";

    public static TheoryData<string, byte[]> EncodedFiles => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Csv) },
        { "UTF-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv)] },
        { "UTF-16 LE", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Csv)] },
        { "UTF-16 BE", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Csv)] },
        { "UTF-16 LE", Encoding.Unicode.GetBytes(Csv) },
        { "Windows-1252", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Csv) },
    };

    [Theory]
    [MemberData(nameof(EncodedFiles))]
    public void Zoe_Mueller_survives_every_encoding_spreadsheets_save_in(string encodingName, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal((Csv, encodingName), (decoded.Text, decoded.EncodingName));
    }

    [Theory]
    [MemberData(nameof(EncodedFiles))]
    public void A_csv_in_any_of_those_encodings_imports_the_same_name(string encodingName, byte[] bytes)
    {
        var parsed = ImportFileParser.Parse(bytes, "contacts.csv");

        Assert.True(parsed.Problem is null, $"{encodingName}: {parsed.Problem?.Message}");
        Assert.Equal(("Zoë Müller", "Straße GmbH"), (Assert.Single(parsed.Contacts).Name, parsed.Contacts[0].Company));
    }
}
