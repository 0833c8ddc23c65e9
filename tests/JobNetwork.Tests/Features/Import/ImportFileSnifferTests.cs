using System.Text;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

public sealed class ImportFileSnifferTests
{
    [Theory]
    [InlineData(ImportSamples.LinkedIn, ImportFormat.LinkedInCsv)]
    [InlineData(ImportSamples.IPhone, ImportFormat.VCard)]
    [InlineData(ImportSamples.Android, ImportFormat.VCard)]
    [InlineData(ImportSamples.Google, ImportFormat.GoogleCsv)]
    [InlineData(ImportSamples.GoogleLegacy, ImportFormat.GoogleCsv)]
    [InlineData(ImportSamples.Outlook, ImportFormat.OutlookCsv)]
    public void Each_sample_export_is_recognised(string sample, ImportFormat expected)
    {
        var sniffed = ImportFileSniffer.Sniff(ImportSamples.Bytes(sample), sample);

        Assert.Null(sniffed.Problem);
        Assert.Equal(expected, sniffed.Format);
    }

    [Fact]
    public void The_format_is_found_from_the_content_not_the_file_name()
    {
        Assert.Equal(ImportFormat.VCard, ImportFileSniffer.Sniff(ImportSamples.Bytes(ImportSamples.IPhone), "contacts.csv").Format);
        Assert.Equal(ImportFormat.LinkedInCsv, ImportFileSniffer.Sniff(ImportSamples.Bytes(ImportSamples.LinkedIn), "export.txt").Format);
    }

    public static TheoryData<string, byte[], ImportProblemKind> BadFiles => new()
    {
        { "an empty file", [], ImportProblemKind.EmptyFile },
        { "only a byte order mark and blank lines", [0xEF, 0xBB, 0xBF, (byte)'\n', (byte)' ', (byte)'\r', (byte)'\n'], ImportProblemKind.EmptyFile },
        { "NUL bytes", [0x4E, 0x61, 0x00, 0x6D, 0x65, 0x00, 0x01, 0xFF, 0x00, 0x2C, 0x00, 0x00, 0x10], ImportProblemKind.Binary },
        { "control characters without NULs", Encoding.ASCII.GetBytes("Name,Email\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008,\u000e\u000f\u0010\u0011\u0012\n"), ImportProblemKind.Binary },
        { "an Excel workbook", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0], ImportProblemKind.SpreadsheetNotCsv },
        { "an old Excel .xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], ImportProblemKind.SpreadsheetNotCsv },
        { "a PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), ImportProblemKind.NotCsvOrVCard },
        { "JSON", Encoding.UTF8.GetBytes("{ \"contacts\": [] }"), ImportProblemKind.NotCsvOrVCard },
        { "a web page", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Contacts</body></html>"), ImportProblemKind.NotCsvOrVCard },
        { "a line of text without columns", Encoding.UTF8.GetBytes("Please find my contacts attached\nThanks\n"), ImportProblemKind.NotCsvOrVCard },
        { "a letter with commas", Encoding.UTF8.GetBytes("Dear Ann, thank you so much for introducing me to your colleagues at Acme last week, it was very kind of you and I learned a lot.\nBest, Sam\n"), ImportProblemKind.NotCsvOrVCard },
        { "a CSV without a header row", Encoding.UTF8.GetBytes("Ann Lee,ann@example.com,555-0100\nBen Ng,ben@example.com,555-0101\n"), ImportProblemKind.NoHeader },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_gets_a_clear_problem_and_no_exception(string description, byte[] bytes, ImportProblemKind expected)
    {
        var parsed = ImportFileParser.Parse(bytes, "upload.csv");

        Assert.True(parsed.Problem?.Kind == expected, $"{description}: expected {expected}, got {parsed.Problem?.Kind} ({parsed.Problem?.Message})");
        Assert.False(string.IsNullOrWhiteSpace(parsed.Problem!.Message));
        Assert.Empty(parsed.Contacts);
    }

    [Fact]
    public void A_vcf_file_that_holds_no_cards_is_refused()
    {
        var parsed = ImportFileParser.Parse("Name,Email\nAnn,ann@example.com\n"u8.ToArray(), "contacts.vcf");

        Assert.Equal(ImportProblemKind.NotCsvOrVCard, parsed.Problem?.Kind);
    }

    [Fact]
    public void A_file_over_ten_megabytes_is_refused_before_it_is_read()
    {
        var bytes = new byte[ImportLimits.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var problem = ImportFileParser.Parse(bytes, "big.csv").Problem;

        Assert.Equal(ImportProblemKind.TooLarge, problem?.Kind);
        Assert.Contains("10 MB", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_a_hundred_thousand_rows_is_refused_with_the_row_limit_in_the_message()
    {
        var text = new StringBuilder("Name,Email\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append('P').Append(i).Append(",p").Append(i).Append("@x.io\n");
        }

        var problem = ImportFileParser.Parse(Encoding.UTF8.GetBytes(text.ToString()), "many.csv").Problem;

        Assert.Equal(ImportProblemKind.TooManyRows, problem?.Kind);
        Assert.Contains("50,000", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_the_row_limit_is_accepted()
    {
        var parsed = ImportFileParser.Parse(ImportSamples.LinkedInWithRows(ImportLimits.MaxRows), "Connections.csv");

        Assert.Null(parsed.Problem);
        Assert.Equal(ImportLimits.MaxRows, parsed.Contacts.Count);
    }

    [Fact]
    public void A_vcard_file_with_more_cards_than_the_limit_is_refused()
    {
        var text = new StringBuilder();
        for (var i = 0; i <= ImportLimits.MaxRows; i++)
        {
            text.Append("BEGIN:VCARD\nFN:P").Append(i).Append("\nEND:VCARD\n");
        }

        Assert.Equal(ImportProblemKind.TooManyRows, ImportFileParser.Parse(Encoding.UTF8.GetBytes(text.ToString()), "all.vcf").Problem?.Kind);
    }

    [Fact]
    public void A_row_with_ten_thousand_columns_is_refused_and_named()
    {
        var text = "Name,Email\nAnn,ann@example.com\n" + string.Join(',', Enumerable.Range(0, 10_000)) + "\n";

        var problem = ImportFileParser.Parse(Encoding.UTF8.GetBytes(text), "wide.csv").Problem;

        Assert.Equal(ImportProblemKind.TooManyColumns, problem?.Kind);
        Assert.Contains("Row 3", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_and_cut_short_samples_never_throw()
    {
        var random = new Random(20261127);
        var samples = new[] { ImportSamples.LinkedIn, ImportSamples.IPhone, ImportSamples.Android, ImportSamples.Google, ImportSamples.Outlook }
            .Select(ImportSamples.Bytes).ToList();
        for (var i = 0; i < 300; i++)
        {
            var bytes = i % 2 == 0 ? RandomBytes(random) : samples[i % samples.Count][..random.Next(samples[i % samples.Count].Length)];

            var parsed = ImportFileParser.Parse(bytes, i % 3 == 0 ? "x.vcf" : "x.csv");

            Assert.True(parsed.Problem is not null || parsed.Contacts.Count + parsed.Errors.Count > 0);
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 2000)];
        random.NextBytes(bytes);
        return bytes;
    }
}
