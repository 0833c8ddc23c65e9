namespace JobNetwork.Web.Data;

/// <summary>
/// Removes rows whose owner account no longer exists, before the owner foreign keys are added: versions before
/// account deletion deleted everything left such rows behind, and a foreign key cannot be added over them on
/// PostgreSQL (SQLite would keep them unreachable). The table list is the model as of that migration, frozen on purpose.
/// </summary>
public static class OwnerlessRows
{
    // Job leads before companies: a lead's company is a RESTRICT reference; every other reference cascades or nulls.
    private static readonly string[] OwnedTablesAtOwnersForeignKeys =
    [
        "JobLeadStatusChanges", "JobLeads", "ReferralStatusChanges", "Referrals", "ThankYous", "Asks", "DailySuggestions",
        "ContactTags", "ContactCircles", "ContactMerges", "TrashEntries", "Contacts", "Circles", "Companies",
        "ApiTokens", "CoachAccessEntries", "CoachGrants", "CoachNudges", "JobSearchProfiles", "JobSearchSettings",
        "JobSearches", "PushSubscriptions", "SavedColumnMappings", "ScriptTemplates",
    ];

    public static IEnumerable<string> DeleteStatements() => OwnedTablesAtOwnersForeignKeys.Select(table =>
        $"DELETE FROM \"{table}\" WHERE \"OwnerId\" NOT IN (SELECT \"Id\" FROM \"AspNetUsers\");");
}
