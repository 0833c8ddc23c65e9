using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class ScriptTemplateConfiguration : IEntityTypeConfiguration<ScriptTemplate>
{
    public void Configure(EntityTypeBuilder<ScriptTemplate> builder)
    {
        builder.Property(t => t.Text).HasMaxLength(ScriptTemplate.TextMaxLength).IsRequired();
        builder.Property(t => t.Situation).HasConversion<string>().HasMaxLength(40);
        // One template per situation and account.
        builder.HasIndex(t => new { t.OwnerId, t.Situation }).IsUnique();
    }
}
