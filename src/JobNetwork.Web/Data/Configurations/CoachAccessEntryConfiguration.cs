using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class CoachAccessEntryConfiguration : IEntityTypeConfiguration<CoachAccessEntry>
{
    public void Configure(EntityTypeBuilder<CoachAccessEntry> builder)
    {
        builder.Property(e => e.CoachUserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.What).HasMaxLength(CoachAccessEntry.WhatMaxLength).IsRequired();
        builder.HasIndex(e => new { e.OwnerId, e.AtUtc });
    }
}
