using Microsoft.AspNetCore.Identity;

namespace JobNetwork.Web.Data;

/// <summary>
/// Identity shapes its tables from <see cref="IdentityOptions"/> (passkeys need schema version 3). Contexts built
/// outside the app's container — at design time, in tests and benchmarks — take <see cref="Services"/> as their
/// application service provider, so their model matches the migrations.
/// </summary>
public static class IdentityModel
{
    public static readonly Version SchemaVersion = IdentitySchemaVersions.Version3;

    public static IServiceProvider Services { get; } = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = SchemaVersion)
        .BuildServiceProvider();
}
