using System.Diagnostics;
using System.Text;
using JobNetwork.Web.Features.Import;
using JobNetwork.Web.Features.Import.VCard;

namespace JobNetwork.Tests.Security;

/// <summary>
/// Hostile tenant: an upload built to tie up a core. Quoted-printable soft-break chains were quadratic (640 KB took
/// 65 s of CPU); now every reader is linear, bounded per line, field and card, and stops when the page goes away.
/// </summary>
public sealed class HostileImportTests
{
    /// <summary>One card whose NOTE is a chain of soft-break continuation lines ("=" at each line end).</summary>
    public static string SoftBreakChain(int lines)
    {
        var text = new StringBuilder("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Chain\r\nNOTE;ENCODING=QUOTED-PRINTABLE:");
        for (var i = 0; i < lines; i++)
        {
            text.Append("=41=42=43=\r\n");
        }

        return text.Append("end\r\nEND:VCARD\r\n").ToString();
    }

    [Fact]
    public void A_640_KB_soft_break_chain_parses_in_linear_time()
    {
        var text = SoftBreakChain(640 * 1024 / 12);
        var watch = Stopwatch.StartNew();

        var parsed = VCardParser.Parse(text);

        watch.Stop();
        Assert.Null(parsed.Problem);
        Assert.Equal("Chain", Assert.Single(parsed.Contacts).Name);
        // Was over a minute of CPU; linear is tens of milliseconds. The bound leaves room for a busy shared machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"Took {watch.Elapsed}.");
    }

    [Fact]
    public void A_logical_line_beyond_the_cap_is_refused_with_a_clear_message()
    {
        var parsed = VCardParser.Parse(SoftBreakChain(VCardLineReader.MaxLogicalLineLength / 8));

        Assert.Equal(ImportProblemKind.TooLarge, parsed.Problem?.Kind);
        Assert.Contains("longer than 1,000,000 characters", parsed.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_with_too_many_lines_is_refused()
    {
        var text = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n");
        for (var i = 0; i <= VCardParser.MaxPropertiesPerCard; i++)
        {
            text.Append("TEL:1\r\n");
        }

        var parsed = VCardParser.Parse(text.Append("END:VCARD\r\n").ToString());

        Assert.Equal(ImportProblemKind.TooLarge, parsed.Problem?.Kind);
    }

    [Fact]
    public void Parsing_stops_when_the_user_leaves_the_page()
    {
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => VCardParser.Parse(SoftBreakChain(10_000), gone.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ImportFileParser.Parse(
            Encoding.UTF8.GetBytes("Name,Email\n" + string.Concat(Enumerable.Repeat("Ann,ann@example.com\n", 5_000))), "people.csv",
            cancellationToken: gone.Token));
    }

    [Fact]
    public void A_csv_field_beyond_the_cap_is_refused_with_a_clear_message()
    {
        // An unclosed quote swallows the rest of the file into one field.
        var csv = "Name,Notes\nAnn,\"" + new string('x', CsvTable.MaxFieldLength + 10) + "\nBen,hi\n";

        var parsed = ImportFileParser.Parse(Encoding.UTF8.GetBytes(csv), "people.csv");

        Assert.Equal(ImportProblemKind.TooLarge, parsed.Problem?.Kind);
        Assert.Contains("more than 100,000 characters", parsed.Problem!.Message, StringComparison.Ordinal);
    }
}
