using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class JobSearchSettingsConfiguration : IEntityTypeConfiguration<JobSearchSettings>
{
    public void Configure(EntityTypeBuilder<JobSearchSettings> builder)
    {
        builder.Property(s => s.TimeZoneId).HasMaxLength(64).IsRequired();
        // One settings row per account.
        builder.HasIndex(s => s.OwnerId).IsUnique();
        builder.Property(s => s.CalendarFeedToken).HasMaxLength(64);
        builder.HasIndex(s => s.CalendarFeedToken).IsUnique();
        builder.Property(s => s.WebhookUrl).HasMaxLength(500);
        builder.Property(s => s.LastWebhookError).HasMaxLength(500);
    }
}
