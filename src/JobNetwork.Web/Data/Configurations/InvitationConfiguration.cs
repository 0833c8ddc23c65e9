using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Token).HasMaxLength(64).IsRequired();
        builder.HasIndex(i => i.Token).IsUnique();
        builder.Property(i => i.Note).HasMaxLength(200);
        builder.Property(i => i.UsedByUserId).HasMaxLength(450);
    }
}
