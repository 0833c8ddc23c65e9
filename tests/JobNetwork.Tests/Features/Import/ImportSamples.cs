using System.Globalization;
using System.Text;

namespace JobNetwork.Tests.Features.Import;

/// <summary>The realistic export files in Samples/, copied next to the test assembly.</summary>
public static class ImportSamples
{
    public const string LinkedIn = "LinkedIn_Connections.csv";
    public const string IPhone = "iPhone_Contacts.vcf";
    public const string Android = "Android_Contacts.vcf";
    public const string Google = "Google_Contacts.csv";
    public const string GoogleLegacy = "Google_Contacts_Legacy.csv";
    public const string Outlook = "Outlook_Contacts.csv";

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Features", "Import", "Samples", name));

    public static string Utf8Text(string name) => Encoding.UTF8.GetString(Bytes(name));

    /// <summary>A LinkedIn export with <paramref name="rows"/> connections, every fifth with an email, spread over 40 companies.</summary>
    public static byte[] LinkedInWithRows(int rows)
    {
        var text = new StringBuilder("Notes:\n\"Some email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (var i = 0; i < rows; i++)
        {
            var email = i % 5 == 0 ? $"person{i}@example.com" : "";
            text.Append(CultureInfo.InvariantCulture, $"First{i},Last{i},https://www.linkedin.com/in/person-{i},{email},Company {i % 40},Engineer,02 Nov 2023\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
