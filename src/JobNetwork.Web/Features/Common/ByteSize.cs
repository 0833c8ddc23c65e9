using System.Globalization;

namespace JobNetwork.Web.Features.Common;

public static class ByteSize
{
    /// <summary>A size people read at a glance: 512 bytes, 14.2 KB, 3.1 MB (powers of 1024).</summary>
    public static string Format(long bytes)
    {
        string[] units = ["KB", "MB", "GB", "TB"];
        if (bytes < 1024)
        {
            return bytes.ToString("N0", CultureInfo.CurrentCulture) + " bytes";
        }

        var value = (double)bytes;
        var unit = -1;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString("0.#", CultureInfo.CurrentCulture) + " " + units[unit];
    }
}
