using JobNetwork.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class IdentityRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public const string AdministratorRoleId = "6f1d3a52-0c9e-4f6b-9a51-6d1f6f0c2a01";

    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(new IdentityRole
        {
            Id = AdministratorRoleId,
            Name = RegistrationPolicy.AdministratorRole,
            NormalizedName = RegistrationPolicy.AdministratorRole.ToUpperInvariant(),
            ConcurrencyStamp = "administrator-role",
        });
}
