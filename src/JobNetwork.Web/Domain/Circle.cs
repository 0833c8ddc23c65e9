namespace JobNetwork.Web.Domain;

/// <summary>One "string of lights": a group of people the user plugs in and works through together.</summary>
public class Circle : OwnedEntity, ITrashable
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;
    public const int FocusMaxLength = 500;

    public string Name { get; set; } = "";

    public CircleKind Kind { get; set; }

    public string? Description { get; set; }

    /// <summary>For agencies and groups: the industries or roles they cover.</summary>
    public string? Focus { get; set; }

    public DateOnly PluggedInOn { get; set; }

    /// <summary>Unplugged strings are kept for history but left out of daily work.</summary>
    public bool IsPluggedIn { get; set; } = true;

    /// <summary>Keep in touch: a member is due for another ask when this many days pass since their last one.</summary>
    public int? CadenceDays { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<ContactCircle> Memberships { get; set; } = [];

    public DateTime? TrashedAtUtc { get; set; }

    public Guid? TrashBatchId { get; set; }
}

public enum CircleKind
{
    Friends,
    Acquaintances,
    Coworkers,
    FormerCoworkers,
    MetWhileJobHunting,
    CommunityGroup,
    RecruiterOrAgency,
    Alumni,
    Other,
}
