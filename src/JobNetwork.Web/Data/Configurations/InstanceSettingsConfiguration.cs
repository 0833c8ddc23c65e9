using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobNetwork.Web.Data.Configurations;

public sealed class InstanceSettingsConfiguration : IEntityTypeConfiguration<InstanceSettings>
{
    public void Configure(EntityTypeBuilder<InstanceSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.RegistrationMode).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.VapidPublicKey).HasMaxLength(100);
        builder.Property(s => s.VapidPrivateKey).HasMaxLength(100);
    }
}
