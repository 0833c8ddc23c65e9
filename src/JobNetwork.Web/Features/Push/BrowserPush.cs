namespace JobNetwork.Web.Features.Push;

/// <summary>What PushCard.razor.js reports about this browser: "unsupported", "denied", "default" or "granted", and its endpoint if subscribed.</summary>
public sealed record BrowserPushState(string Permission, string? Endpoint);

/// <summary>What PushCard.razor.js's subscribe() returns: the subscription, or why there is none.</summary>
public sealed record BrowserSubscribeResult(PushSubscriptionForm? Subscription, string? Error, string? Permission);
