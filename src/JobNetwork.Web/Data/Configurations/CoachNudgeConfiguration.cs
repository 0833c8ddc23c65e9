using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class CoachNudgeConfiguration : IEntityTypeConfiguration<CoachNudge>
{
    public void Configure(EntityTypeBuilder<CoachNudge> builder)
    {
        builder.Property(n => n.CoachUserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.CoachLabel).HasMaxLength(CoachGrant.LabelMaxLength).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(CoachNudge.TextMaxLength).IsRequired();
    }
}
