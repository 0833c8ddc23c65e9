using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Contacts;

public static class ClosenessText
{
    public static string Label(this Closeness closeness) => closeness switch
    {
        Closeness.KnowWell => "Know well",
        Closeness.MetOnce => "Met once",
        _ => "Know",
    };
}
