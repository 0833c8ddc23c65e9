using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class ContactMergeConfiguration : IEntityTypeConfiguration<ContactMerge>
{
    public void Configure(EntityTypeBuilder<ContactMerge> builder)
    {
        // No foreign keys to the two contacts: the record must outlive neither, and Undo checks what still exists.
        builder.HasIndex(m => m.BatchId).IsUnique();
        builder.Property(m => m.SurvivorBefore).IsRequired();
        builder.Property(m => m.Moved).IsRequired();
    }
}
