using Microsoft.AspNetCore.Identity;

namespace JobNetwork.Web.Data;

public class ApplicationUser : IdentityUser
{
    public DateTime CreatedAtUtc { get; set; }
}
