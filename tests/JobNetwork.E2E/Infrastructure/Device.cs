using Microsoft.Playwright;

namespace JobNetwork.E2E.Infrastructure;

public enum Device
{
    Desktop,
    Phone,
}

public static class DeviceProfiles
{
    public static int Width(this Device device) => device == Device.Phone ? 390 : 1366;

    public static BrowserNewContextOptions ContextOptions(this Device device, Uri baseUrl) => new()
    {
        BaseURL = baseUrl.ToString(),
        ViewportSize = device == Device.Phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 900 },
        IsMobile = device == Device.Phone,
        HasTouch = device == Device.Phone,
        DeviceScaleFactor = device == Device.Phone ? 2 : 1,
        Locale = "en-US",
        TimezoneId = "UTC",
        ColorScheme = ColorScheme.Light,
    };
}
