namespace JobNetwork.Web.Features.Scripts;

/// <summary>What the outcome sheet closes with: what was saved and whether to open the referral form next.</summary>
public sealed record CallSheetResult(CallLogResult Logged, bool NamedSomeone);
