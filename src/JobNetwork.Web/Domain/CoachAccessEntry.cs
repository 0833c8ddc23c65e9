namespace JobNetwork.Web.Domain;

/// <summary>One read of a client's data by a coach, kept in the client's access history (owned by the client).</summary>
public class CoachAccessEntry : OwnedEntity
{
    public const int WhatMaxLength = 100;

    public int GrantId { get; set; }

    public string CoachUserId { get; set; } = "";

    public DateTime AtUtc { get; set; }

    /// <summary>What the coach looked at, e.g. "Caseload" or "Dashboard".</summary>
    public string What { get; set; } = "";
}
