using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class CoachGrantConfiguration : IEntityTypeConfiguration<CoachGrant>
{
    public void Configure(EntityTypeBuilder<CoachGrant> builder)
    {
        builder.Property(g => g.CoachUserId).HasMaxLength(450);
        builder.HasIndex(g => g.CoachUserId);
        builder.Property(g => g.InviteTokenHash).HasMaxLength(64);
        builder.HasIndex(g => g.InviteTokenHash).IsUnique();
    }
}
