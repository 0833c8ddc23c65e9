namespace JobNetwork.Web.Features.Scripts;

/// <summary>Raised by <c>ScriptPanel</c> after the outcome sheet saved: an ask, or only a retry after no answer.</summary>
public sealed record CallLogged(int ContactId, string ContactName, int? AskId, DateOnly? RetryOn);
