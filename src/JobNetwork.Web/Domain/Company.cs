namespace JobNetwork.Web.Domain;

/// <summary>An employer the user's contacts work at, or one that might give the user a job.</summary>
public class Company : OwnedEntity, ITrashable
{
    public const int NameMaxLength = 200;
    public const int IndustryMaxLength = 200;
    public const int LocationMaxLength = 200;
    public const int WebsiteMaxLength = 500;
    public const int NotesMaxLength = 4000;

    public string Name { get; set; } = "";

    public string? Website { get; set; }

    public string? Industry { get; set; }

    public string? Location { get; set; }

    public string? Notes { get; set; }

    /// <summary>"A company that might give me a job": the places to ask "who do you know at …?".</summary>
    public bool IsTarget { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<Contact> Contacts { get; set; } = [];

    public DateTime? TrashedAtUtc { get; set; }

    public Guid? TrashBatchId { get; set; }
}
