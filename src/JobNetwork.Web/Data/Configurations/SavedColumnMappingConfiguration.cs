using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class SavedColumnMappingConfiguration : IEntityTypeConfiguration<SavedColumnMapping>
{
    public void Configure(EntityTypeBuilder<SavedColumnMapping> builder)
    {
        builder.Property(m => m.HeaderSignature).HasMaxLength(SavedColumnMapping.SignatureMaxLength).IsRequired();
        builder.Property(m => m.MappingJson).HasMaxLength(SavedColumnMapping.MappingJsonMaxLength).IsRequired();
        // One remembered mapping per user and set of columns.
        builder.HasIndex(m => new { m.OwnerId, m.HeaderSignature }).IsUnique();
    }
}
