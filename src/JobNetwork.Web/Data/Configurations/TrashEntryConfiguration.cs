using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class TrashEntryConfiguration : IEntityTypeConfiguration<TrashEntry>
{
    public void Configure(EntityTypeBuilder<TrashEntry> builder)
    {
        builder.Property(e => e.Label).HasMaxLength(TrashEntry.LabelMaxLength).IsRequired();
        builder.HasIndex(e => e.BatchId).IsUnique();
        // The daily purge looks across every account for entries older than 30 days.
        builder.HasIndex(e => e.TrashedAtUtc);
    }
}
