namespace JobNetwork.Web.Features.Import;

/// <summary>Where the import wizard is.</summary>
public enum ImportStep
{
    Upload,
    Mapping,
    Review,
    Importing,
    Done,
}
