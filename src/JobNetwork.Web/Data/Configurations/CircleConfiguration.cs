using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class CircleConfiguration : IEntityTypeConfiguration<Circle>
{
    public void Configure(EntityTypeBuilder<Circle> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Circle.NameMaxLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(Circle.DescriptionMaxLength);
        builder.Property(c => c.Focus).HasMaxLength(Circle.FocusMaxLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
    }
}
