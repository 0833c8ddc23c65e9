namespace JobNetwork.Web.Data;

/// <summary>Who the current request or circuit acts for. Null when nobody is signed in.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
}
