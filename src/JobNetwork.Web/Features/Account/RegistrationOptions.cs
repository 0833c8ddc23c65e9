using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Account;

public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    /// <summary>Who may create an account after the first one. The administrator can override it at run time.</summary>
    public RegistrationMode Mode { get; set; } = RegistrationMode.Closed;
}
