namespace JobNetwork.Web.Features.Common;

/// <summary>Limits on what a browser can send, kept together so the hub limit and the field limits stay consistent.</summary>
public static class InputLimits
{
    /// <summary>SignalR's own default, stated explicitly: the largest field (4,000 characters of notes) fits with room to spare.</summary>
    public const int MaximumHubMessageBytes = 32 * 1024;

    /// <summary>Search boxes: longer than any name or title worth searching for, far under the hub limit.</summary>
    public const int SearchMaxLength = 200;
}
