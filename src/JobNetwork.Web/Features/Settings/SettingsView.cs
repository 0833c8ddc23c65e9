namespace JobNetwork.Web.Features.Settings;

/// <summary>What the Settings page reads once: the form as stored and the last webhook failure, if any.</summary>
public sealed record SettingsView(SettingsForm Form, string? WebhookError);
