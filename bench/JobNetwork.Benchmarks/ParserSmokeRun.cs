using System.Diagnostics;
using System.Globalization;
using System.Text;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Benchmarks;

/// <summary>
/// Parse time per MB for normal and adversarial import files (--parser-smoke): each reader must stay linear, so the
/// adversarial file of a kind should cost within 3x of the normal one per MB. CPU time is reported beside wall clock
/// because the machine is shared (see <see cref="ImportSmokeRun"/>).
/// </summary>
public static class ParserSmokeRun
{
    public static void Run(int runs = 3)
    {
        var files = new (string Name, byte[] Bytes, string FileName)[]
        {
            ("vCard, normal (phone export)", NormalVCards(1_000_000), "contacts.vcf"),
            ("vCard, adversarial (quoted-printable soft-break chains)", SoftBreakChains(1_000_000), "contacts.vcf"),
            ("vCard, adversarial (unclosed quote before the colon)", UnclosedQuoteHeaders(1_000_000), "contacts.vcf"),
            ("CSV, normal (Google-style columns)", NormalCsv(1_000_000), "contacts.csv"),
            ("CSV, adversarial (quoted fields full of line breaks and doubled quotes)", QuotedCsv(1_000_000), "contacts.csv"),
        };

        foreach (var (name, bytes, fileName) in files)
        {
            ImportFileParser.Parse(bytes, fileName); // warm-up
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            string outcome = "";
            for (var i = 0; i < runs; i++)
            {
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                var parsed = ImportFileParser.Parse(bytes, fileName);
                wall.Stop();
                process.Refresh();
                best = Math.Min(best, wall.Elapsed.TotalMilliseconds);
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                outcome = parsed.Problem?.Message ?? $"{parsed.Contacts.Count:N0} contacts";
            }

            var megabytes = bytes.Length / 1_000_000d;
            Console.WriteLine($"{name}: {bytes.Length:N0} bytes, {best / megabytes:N1} ms/MB wall, {bestCpu / megabytes:N1} ms/MB CPU ({outcome})");
        }
    }

    public static byte[] NormalVCards(int size)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < size; i++)
        {
            text.Append("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                .Append(CultureInfo.InvariantCulture, $"N:Person{i};Ann;;;\r\nFN:Ann Person{i}\r\nORG:Acme {i % 40};\r\nTITLE:Engineer\r\n")
                .Append(CultureInfo.InvariantCulture, $"EMAIL;TYPE=INTERNET,HOME:ann{i}@example.com\r\nTEL;TYPE=CELL:+1 555 {i % 10000:D4}\r\n")
                .Append("NOTE:Met at the meetup\\, talked about jobs at Acme and who is hiring this spring.\r\nEND:VCARD\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Cards whose NOTE is a long chain of soft-break continuation lines: 640 KB of this took 65 s before the fix.</summary>
    public static byte[] SoftBreakChains(int size)
    {
        var text = new StringBuilder();
        for (var card = 0; text.Length < size; card++)
        {
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Chain {card}\r\nNOTE;ENCODING=QUOTED-PRINTABLE:");
            for (var i = 0; i < 20_000; i++)
            {
                text.Append("=41=42=43=\r\n");
            }

            text.Append("end\r\nEND:VCARD\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Properties whose parameters open a quote that never closes, folded over many lines, so no value colon is ever found.</summary>
    public static byte[] UnclosedQuoteHeaders(int size)
    {
        var text = new StringBuilder();
        for (var card = 0; text.Length < size; card++)
        {
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Quote {card}\r\nNOTE;X-A=\"");
            for (var i = 0; i < 20_000; i++)
            {
                text.Append(" abc:def=\r\n");
            }

            text.Append("\r\nEND:VCARD\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] NormalCsv(int size)
    {
        var text = new StringBuilder("Name,E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title,Notes\n");
        for (var i = 0; text.Length < size; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Ann Person{i},ann{i}@example.com,Acme {i % 40},Engineer,Met at the meetup and talked about jobs\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] QuotedCsv(int size)
    {
        var text = new StringBuilder("Name,Notes\n");
        for (var i = 0; text.Length < size; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Ann Person{i},\"");
            for (var j = 0; j < 500; j++)
            {
                text.Append("a \"\"b\"\",\n");
            }

            text.Append("\"\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
