using JobNetwork.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class IdentityRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public const string AdministratorRoleId = "6f1d3a52-0c9e-4f6b-9a51-6d1f6f0c2a01";

    /// <summary>Accounts the administrator lists as coaches: they appear in every job seeker's invite picker.</summary>
    public const string CoachRoleId = "b7c2e9d4-5a13-4c8e-8f27-3e9a0d6b1c02";

    public const string CoachRole = "Coach";

    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(
            new IdentityRole
            {
                Id = AdministratorRoleId,
                Name = RegistrationPolicy.AdministratorRole,
                NormalizedName = RegistrationPolicy.AdministratorRole.ToUpperInvariant(),
                ConcurrencyStamp = "administrator-role",
            },
            new IdentityRole
            {
                Id = CoachRoleId,
                Name = CoachRole,
                NormalizedName = CoachRole.ToUpperInvariant(),
                ConcurrencyStamp = "coach-role",
            });
}
