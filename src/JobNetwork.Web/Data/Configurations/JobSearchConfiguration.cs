using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class JobSearchConfiguration : IEntityTypeConfiguration<JobSearch>
{
    public void Configure(EntityTypeBuilder<JobSearch> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(JobSearch.NameMaxLength).IsRequired();
        // Searches follow one another: two starting on the same day would leave one of them no days at all.
        builder.HasIndex(s => new { s.OwnerId, s.StartsOn }).IsUnique();
    }
}
