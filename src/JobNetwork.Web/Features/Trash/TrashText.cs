using JobNetwork.Web.Domain;
using MudBlazor;

namespace JobNetwork.Web.Features.Trash;

public static class TrashText
{
    public static string KindLabel(TrashKind kind, int count) => (kind, count) switch
    {
        (TrashKind.Contact, 1) => "Contact",
        (TrashKind.Contact, _) => $"{count} contacts",
        (TrashKind.Company, _) => "Company",
        (TrashKind.Circle, _) => "Circle",
        (TrashKind.Ask, _) => "Ask",
        (TrashKind.Referral, _) => "Referral",
        (TrashKind.JobLead, _) => "Job lead",
        (TrashKind.Merge, _) => "Merged contact",
        _ => kind.ToString(),
    };

    public static string Icon(TrashKind kind) => kind switch
    {
        TrashKind.Contact => Icons.Material.Outlined.Person,
        TrashKind.Company => Icons.Material.Outlined.Business,
        TrashKind.Circle => Icons.Material.Outlined.Lightbulb,
        TrashKind.Ask => Icons.Material.Outlined.QuestionAnswer,
        TrashKind.Referral => Icons.Material.Outlined.Share,
        TrashKind.JobLead => Icons.Material.Outlined.Work,
        TrashKind.Merge => Icons.Material.Outlined.MergeType,
        _ => Icons.Material.Outlined.Delete,
    };
}
