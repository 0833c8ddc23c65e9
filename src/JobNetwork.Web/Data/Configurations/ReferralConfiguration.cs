using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Notes).HasMaxLength(Referral.NotesMaxLength);
        builder.HasOne(r => r.Referrer).WithMany(c => c.ReferralsGiven).HasForeignKey(r => r.ReferrerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.ReferredContact).WithMany(c => c.ReferralsReceived).HasForeignKey(r => r.ReferredContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Company).WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ReferrerId);
        builder.HasIndex(r => r.ReferredContactId);
    }
}
