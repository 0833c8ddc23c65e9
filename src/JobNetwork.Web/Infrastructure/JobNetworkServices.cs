using JobNetwork.Web.Components.Account;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Account;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Demo;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Calendar;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Features.Today;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

namespace JobNetwork.Web.Infrastructure;

public static class JobNetworkServices
{
    /// <summary>Everything the app registers, so <c>Program.cs</c> stays a table of contents.</summary>
    public static WebApplicationBuilder AddJobNetwork(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataDirectory = DataDirectory.FromConfiguration(configuration, builder.Environment.ContentRootPath);
        dataDirectory.EnsureExists();
        services.AddSingleton(dataDirectory);
        services.AddSingleton(TimeProvider.System);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(config =>
        {
            // Bottom-left keeps confirmations clear of the page's action buttons at the top right.
            config.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
        });
        services.AddHttpContextAccessor();

        services.AddJobNetworkData(configuration, dataDirectory);
        services.AddJobNetworkIdentity(configuration, dataDirectory);
        services.AddSignInRateLimiting(configuration);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>(
            "database",
            customTestQuery: async (db, ct) => await db.InstanceSettings.CountAsync(ct) >= 0)
            .AddCheck<StorageHealthCheck>("database-writes");

        services.AddFeatureServices(configuration);
        return builder;
    }

    private static IServiceCollection AddJobNetworkData(this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        var connectionString = configuration.GetConnectionString("DefaultConnection");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = $"Data Source={dataDirectory.DatabaseFile};Pooling=True";
        }

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();

        // Scoped so each context can read the scope's signed-in user for its ownership filter.
        services.AddSingleton<StorageMonitor>();
        services.AddSingleton<StorageMonitorInterceptor>();
        services.AddDbContextFactory<AppDbContext>(
            (sp, options) => options.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<StorageMonitorInterceptor>()),
            ServiceLifetime.Scoped);
        services.AddDatabaseDeveloperPageExceptionFilter();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    private static IServiceCollection AddJobNetworkIdentity(this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // No email sender is required to run an instance, so accounts are usable as soon as they exist.
                options.SignIn.RequireConfirmedAccount = false;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.Password.RequiredLength = 8;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "JobNetwork.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(RegistrationPolicy.AdministratorRole, policy => policy.RequireRole(RegistrationPolicy.AdministratorRole));

        // Without a persisted key ring every restart would sign everyone out.
        services.AddDataProtection()
            .SetApplicationName("JobNetwork")
            .PersistKeysToFileSystem(new DirectoryInfo(dataDirectory.KeysFolder));

        services.AddSingleton<IEmailSender<ApplicationUser>, IdentityNoOpEmailSender>();
        services.Configure<RegistrationOptions>(configuration.GetSection(RegistrationOptions.Section));
        services.AddScoped<RegistrationPolicy>();
        return services;
    }

    private static IServiceCollection AddFeatureServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SettingsService>();
        services.AddScoped<CircleService>();
        services.AddScoped<ContactService>();
        services.AddScoped<CompanyService>();
        services.AddScoped<AdminService>();
        services.AddScoped<UserClock>();
        services.AddScoped<AskService>();
        services.AddScoped<ReferralService>();
        services.AddScoped<JobLeadService>();
        services.AddScoped<LeadMover>();
        services.AddSingleton<CoverageCalculator>();
        services.AddScoped<CoverageService>();
        services.AddScoped<NetworkMapService>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<SuggestionEngine>();
        services.AddScoped<TodayService>();
        services.AddScoped<CalendarFeedService>();
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<IDigestSender, SmtpDigestSender>();
        services.AddHttpClient<WebhookSender>(client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<DigestRunner>();
        services.AddHostedService<DailyDigestWorker>();
        return services;
    }
}
