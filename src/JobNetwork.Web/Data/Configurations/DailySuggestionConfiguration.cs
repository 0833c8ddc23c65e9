using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class DailySuggestionConfiguration : IEntityTypeConfiguration<DailySuggestion>
{
    public void Configure(EntityTypeBuilder<DailySuggestion> builder)
    {
        builder.Property(s => s.ContactName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(s => s.Kind).HasMaxLength(40);
        builder.Property(s => s.WhatToAsk).HasMaxLength(DailySuggestion.TextMaxLength);
        builder.Property(s => s.Reason).HasMaxLength(DailySuggestion.TextMaxLength);
        // A deleted contact takes their suggestions with them.
        builder.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.Cascade);
        // One list per user and day: a second insert of the day's first card fails, so two first reads cannot both store one.
        builder.HasIndex(s => new { s.OwnerId, s.Day, s.Position }).IsUnique();
    }
}
