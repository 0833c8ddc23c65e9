using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class ThankYouConfiguration : IEntityTypeConfiguration<ThankYou>
{
    public void Configure(EntityTypeBuilder<ThankYou> builder)
    {
        builder.Property(t => t.EventKey).HasMaxLength(ThankYou.EventKeyMaxLength).IsRequired();
        builder.Property(t => t.Text).HasMaxLength(ThankYou.TextMaxLength).IsRequired();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        // The thank-you belongs to its introduction: deleting the referral (or the referrer with it) takes it along.
        builder.HasOne<Referral>().WithMany().HasForeignKey(t => t.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobLead>().WithMany().HasForeignKey(t => t.JobLeadId).OnDelete(DeleteBehavior.SetNull);
        // One thank-you per event: moving a referral back and forth, or a lead to Interviewing twice, does not repeat it.
        builder.HasIndex(t => new { t.OwnerId, t.ReferralId, t.EventKey }).IsUnique();
        builder.HasIndex(t => new { t.OwnerId, t.Status });
    }
}
