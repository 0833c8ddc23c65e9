using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Contact.NameMaxLength).IsRequired();
        builder.Property(c => c.HowWeMet).HasMaxLength(Contact.HowWeMetMaxLength);
        builder.Property(c => c.Title).HasMaxLength(Contact.TitleMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(Contact.PhoneMaxLength);
        builder.Property(c => c.PhoneNormalized).HasMaxLength(Contact.PhoneMaxLength);
        builder.Property(c => c.LinkedInUrl).HasMaxLength(Contact.UrlMaxLength);
        builder.Property(c => c.Location).HasMaxLength(Contact.LocationMaxLength);
        builder.Property(c => c.Notes).HasMaxLength(Contact.NotesMaxLength);

        // Deleting a company keeps its people; they just lose the link.
        builder.HasOne(c => c.Company).WithMany(c => c.Contacts).HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(c => new { c.OwnerId, c.Name });
        builder.HasIndex(c => new { c.OwnerId, c.Email });
        builder.HasIndex(c => new { c.OwnerId, c.PhoneNormalized });
    }
}
