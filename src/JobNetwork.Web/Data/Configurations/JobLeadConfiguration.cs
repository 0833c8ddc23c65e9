using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class JobLeadConfiguration : IEntityTypeConfiguration<JobLead>
{
    public void Configure(EntityTypeBuilder<JobLead> builder)
    {
        builder.Property(l => l.Title).HasMaxLength(JobLead.TitleMaxLength).IsRequired();
        builder.Property(l => l.Url).HasMaxLength(JobLead.UrlMaxLength);
        builder.Property(l => l.Notes).HasMaxLength(JobLead.NotesMaxLength);
        builder.Property(l => l.FoundVia).HasMaxLength(JobLead.FoundViaMaxLength);
        builder.HasOne(l => l.Company).WithMany().HasForeignKey(l => l.CompanyId).OnDelete(DeleteBehavior.Restrict);
        // A lead outlives the people it came from: deleting a contact only clears the credit.
        builder.HasOne(l => l.SourceContact).WithMany(c => c.LeadsCredited).HasForeignKey(l => l.SourceContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.Referral).WithMany().HasForeignKey(l => l.ReferralId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.InterviewerContact).WithMany().HasForeignKey(l => l.InterviewerContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(l => l.History).WithOne().HasForeignKey(h => h.JobLeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.OwnerId, l.Status });
        builder.HasIndex(l => l.SourceContactId);
    }
}
