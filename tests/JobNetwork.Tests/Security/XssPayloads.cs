using System.Globalization;
using System.Text;

namespace JobNetwork.Tests.Security;

/// <summary>
/// Classic script-injection payloads. Each one that could run sets <c>window.__xss</c> and opens a dialog, so a
/// browser test catches it either way. Every payload fits the shortest text column (50 characters would not: 100+).
/// </summary>
public static class XssPayloads
{
    public const string ScriptTag = "<script>window.__xss=1;alert('xss1')</script>";
    public const string ImgOnError = "<img src=x onerror=\"window.__xss=2;alert('xss2')\">";
    public const string SvgOnLoad = "<svg onload=\"window.__xss=3;alert('xss3')\">";
    public const string DoubleQuoteBreaker = "\"><img src=x onerror=window.__xss=4;alert(4)>";
    public const string SingleQuoteBreaker = "'><svg onload=window.__xss=5;alert(5)>";
    public const string AttributeInjection = "\" onmouseover=\"window.__xss=6\" x=\"";
    public const string SingleAttributeInjection = "' onfocus='window.__xss=7' autofocus='";
    public const string JavaScriptUrl = "javascript:window.__xss=8;alert(8)";

    public static readonly string[] Text =
        [ScriptTag, ImgOnError, SvgOnLoad, DoubleQuoteBreaker, SingleQuoteBreaker, AttributeInjection, SingleAttributeInjection, JavaScriptUrl];

    /// <summary>Addresses no page may turn into a link.</summary>
    public static readonly string[] Urls =
    [
        JavaScriptUrl,
        "JaVaScRiPt:window.__xss=9",
        " javascript:window.__xss=10",
        "data:text/html,<script>window.__xss=11</script>",
        "vbscript:msgbox(12)",
    ];

    /// <summary>A CSV of contacts whose every cell is a payload, the way a hostile shared export would arrive.</summary>
    public static byte[] Csv()
    {
        var csv = new StringBuilder("Name,Email,Company,Title,LinkedIn,Location,Notes\n");
        for (var i = 0; i < Text.Length; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Cell(Text[i])},p{i}@example.com,{Cell("Co " + Text[i])},{Cell(Text[(i + 1) % Text.Length])},{Cell(Urls[i % Urls.Length])},{Cell(Text[(i + 2) % Text.Length])},{Cell(Text[(i + 3) % Text.Length])}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>The same as vCards (FN, ORG, TITLE, URL, NOTE, ADR).</summary>
    public static byte[] VCard()
    {
        var vcf = new StringBuilder();
        for (var i = 0; i < Text.Length; i++)
        {
            vcf.Append("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                .Append(CultureInfo.InvariantCulture, $"FN:vc {Escape(Text[i])}\r\n")
                .Append(CultureInfo.InvariantCulture, $"ORG:vc {Escape(Text[(i + 1) % Text.Length])}\r\n")
                .Append(CultureInfo.InvariantCulture, $"TITLE:{Escape(Text[(i + 2) % Text.Length])}\r\n")
                .Append(CultureInfo.InvariantCulture, $"URL:{Escape(Urls[i % Urls.Length])}\r\n")
                .Append(CultureInfo.InvariantCulture, $"NOTE:{Escape(Text[(i + 3) % Text.Length])}\r\n")
                .Append(CultureInfo.InvariantCulture, $"EMAIL:vc{i}@example.com\r\n")
                .Append("END:VCARD\r\n");
        }

        return Encoding.UTF8.GetBytes(vcf.ToString());
    }

    private static string Cell(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal);
}
