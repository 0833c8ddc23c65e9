using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class AskConfiguration : IEntityTypeConfiguration<Ask>
{
    public void Configure(EntityTypeBuilder<Ask> builder)
    {
        builder.Property(a => a.Question).HasMaxLength(Ask.QuestionMaxLength).IsRequired();
        builder.Property(a => a.Notes).HasMaxLength(Ask.NotesMaxLength);
        builder.HasOne(a => a.Contact).WithMany(c => c.Asks).HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
        // The dashboard's asks in a period, by day and by string, read only this index (contact and outcome included).
        builder.HasIndex(a => new { a.OwnerId, a.AskedOn, a.ContactId, a.Outcome });
        builder.HasIndex(a => a.ContactId);
        // Per-contact "latest ask" and "asked at all" lookups (the dashboard bulbs, the daily candidates) seek on this.
        builder.HasIndex(a => new { a.OwnerId, a.ContactId, a.AskedOn });
    }
}
