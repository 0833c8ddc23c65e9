using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class ContactCircleConfiguration : IEntityTypeConfiguration<ContactCircle>
{
    public void Configure(EntityTypeBuilder<ContactCircle> builder)
    {
        builder.HasKey(m => new { m.ContactId, m.CircleId });
        // Deleting a circle keeps its contacts; they only lose the membership.
        builder.HasOne(m => m.Circle).WithMany(c => c.Memberships).HasForeignKey(m => m.CircleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Contact).WithMany(c => c.Memberships).HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.CircleId);
        // "The primary circle of contact X" (the dashboard's lead credit, its joins from asks) seeks on this and never
        // reads the table; without it SQLite picks the OwnerId index and reads every membership for each lookup.
        builder.HasIndex(m => new { m.OwnerId, m.ContactId, m.IsPrimary, m.CircleId });
    }
}
