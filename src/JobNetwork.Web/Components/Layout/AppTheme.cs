using MudBlazor;

namespace JobNetwork.Web.Components.Layout;

/// <summary>Warm "string of lights" palette: deep evening blue with a bulb-amber accent.</summary>
public static class AppTheme
{
    private static readonly string[] FontStack =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e8c",
            Secondary = "#b45309",
            Tertiary = "#0f766e",
            AppbarBackground = "#16325c",
            AppbarText = "#ffffff",
            Background = "#f6f7fb",
            DrawerBackground = "#ffffff",
            TextSecondary = "#4b5563",
            Success = "#2e7d32",
            Warning = "#8a5300",
            // Darker than MudBlazor's default red so error text and outlined delete buttons reach 4.5:1 on white.
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            PrimaryContrastText = "#0b1020",
            Secondary = "#fbbf24",
            Tertiary = "#5eead4",
            AppbarBackground = "#0d1424",
            AppbarText = "#f1f5f9",
            Background = "#0b1020",
            Surface = "#141b2d",
            DrawerBackground = "#0f1526",
            TextPrimary = "#e5e7eb",
            TextSecondary = "#b6bfcc",
            Success = "#66bb6a",
            SuccessContrastText = "#0b1020",
            Warning = "#ffb74d",
            WarningContrastText = "#0b1020",
            Error = "#f28b82",
            ErrorContrastText = "#0b1020",
            
            SecondaryContrastText = "#0b1020",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            H1 = new H1Typography { FontFamily = FontStack },
            H2 = new H2Typography { FontFamily = FontStack },
            H3 = new H3Typography { FontFamily = FontStack },
            H4 = new H4Typography { FontFamily = FontStack, FontSize = "2rem" },
            H5 = new H5Typography { FontFamily = FontStack },
            H6 = new H6Typography { FontFamily = FontStack },
            Button = new ButtonTypography { FontFamily = FontStack },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
