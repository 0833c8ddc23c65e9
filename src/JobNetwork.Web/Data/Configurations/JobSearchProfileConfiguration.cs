using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class JobSearchProfileConfiguration : IEntityTypeConfiguration<JobSearchProfile>
{
    public void Configure(EntityTypeBuilder<JobSearchProfile> builder)
    {
        builder.Property(p => p.RolesSought).HasMaxLength(JobSearchProfile.ListMaxLength);
        builder.Property(p => p.Industries).HasMaxLength(JobSearchProfile.ListMaxLength);
        builder.Property(p => p.Locations).HasMaxLength(JobSearchProfile.ListMaxLength);
        builder.Property(p => p.Pitch).HasMaxLength(JobSearchProfile.PitchMaxLength);
        // One profile per account.
        builder.HasIndex(p => p.OwnerId).IsUnique();
    }
}
