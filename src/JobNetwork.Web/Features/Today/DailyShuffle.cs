using System.Globalization;
using System.Text;

namespace JobNetwork.Web.Features.Today;

/// <summary>
/// A sort key that is the same all day and different the next, so equal-priority contacts take turns.
/// <see cref="HashCode"/> and <see cref="string.GetHashCode()"/> are seeded per process, which would reshuffle
/// the list on every restart, so this is a fixed FNV-1a hash with a finaliser.
/// </summary>
public static class DailyShuffle
{
    private const ulong FnvOffsetBasis = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static ulong Key(DateOnly day, int contactId)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}:{contactId}");
        var hash = FnvOffsetBasis;
        foreach (var b in Encoding.ASCII.GetBytes(text))
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return Mix(hash);
    }

    // FNV spreads a change in the last character only weakly into the high bits that decide a sort;
    // this finaliser (MurmurHash3's fmix64) makes every bit depend on every input bit.
    private static ulong Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccd;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53;
        hash ^= hash >> 33;
        return hash;
    }
}
