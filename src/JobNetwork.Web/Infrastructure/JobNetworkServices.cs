using JobNetwork.Web.Components.Account;
using JobNetwork.Web.Data;
using JobNetwork.Web.Data.Postgres;
using JobNetwork.Web.Features.Account;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Demo;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.Push;
using JobNetwork.Web.Features.Duplicates;
using JobNetwork.Web.Features.Export;
using JobNetwork.Web.Features.Import;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Scripts;
using JobNetwork.Web.Features.Searches;
using JobNetwork.Web.Features.Calendar;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Coaching;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Features.Today;
using JobNetwork.Web.Features.Trash;
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
        // Created and checked for writability by StartupSettings after Build, so a bad folder is one clear log line.
        var dataDirectory = DataDirectory.FromConfiguration(configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(dataDirectory);
        services.AddSingleton(TimeProvider.System);

        services.AddRazorComponents().AddInteractiveServerComponents(options => CircuitSettings.Apply(configuration, options))
            .AddHubOptions(options =>
            {
                // Stated, not defaulted: every text input carries a maxlength well under this, so no keystroke or paste
                // can produce a message the hub refuses (which would end the circuit).
                options.MaximumReceiveMessageSize = InputLimits.MaximumHubMessageBytes;
            });
        services.AddMudServices(config =>
        {
            // Bottom-left keeps confirmations clear of the page's action buttons at the top right.
            config.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
            // MudBlazor's defaults fade a toast in over 1 s and out over 2 s: a closed toast lingered over the buttons
            // beneath it. Quick in, quick out (Material's own guidance is a few hundred milliseconds).
            config.SnackbarConfiguration.ShowTransitionDuration = 250;
            config.SnackbarConfiguration.HideTransitionDuration = 300;
        });
        services.AddHttpContextAccessor();

        var database = DatabaseOptions.FromConfiguration(configuration);
        services.AddSingleton(database);
        services.AddJobNetworkData(database, dataDirectory);
        services.AddJobNetworkIdentity(configuration, database, dataDirectory);
        services.AddSignInRateLimiting(configuration);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>(
            "database",
            customTestQuery: async (db, ct) => await db.InstanceSettings.CountAsync(ct) >= 0)
            .AddCheck<StorageHealthCheck>("database-writes");

        services.AddFeatureServices(configuration);
        services.AddSelfHosting(configuration, database, dataDirectory);
        services.AddImportAndExport();
        services.AddJobNetworkApi();
        return builder;
    }

    private static IServiceCollection AddJobNetworkData(this IServiceCollection services, DatabaseOptions database, DataDirectory dataDirectory)
    {
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();

        // Scoped so each context can read the scope's signed-in user for its ownership filter.
        services.AddSingleton<StorageMonitor>();
        services.AddSingleton<StorageMonitorInterceptor>();
        services.AddDbContextFactory<AppDbContext, AppDbContextFactory>(
            (sp, options) => options.UseConfiguredDatabase(database, dataDirectory).AddInterceptors(sp.GetRequiredService<StorageMonitorInterceptor>()),
            ServiceLifetime.Scoped);
        // Identity's stores and the health check take the context itself: the provider's type, through the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddScoped(sp => (PostgresAppDbContext)sp.GetRequiredService<AppDbContext>());
        }

        services.AddDatabaseDeveloperPageExceptionFilter();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    public static DbContextOptionsBuilder UseConfiguredDatabase(
        this DbContextOptionsBuilder options, DatabaseOptions database, DataDirectory dataDirectory)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(database.ConnectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but no connection string is set: set Database__ConnectionString "
                    + "(e.g. Host=db;Database=jobnetwork;Username=jobnetwork;Password=...).");
            }

            return options.UseNpgsql(database.ConnectionString);
        }

        return options.UseSqlite(database.SqliteConnectionString(dataDirectory));
    }

    private static IServiceCollection AddJobNetworkIdentity(
        this IServiceCollection services, IConfiguration configuration, DatabaseOptions database, DataDirectory dataDirectory)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.Configure<SessionRevalidationOptions>(configuration.GetSection(SessionRevalidationOptions.Section));
        // Plain page requests re-check the cookie's security stamp as often as open circuits do.
        var revalidation = configuration.GetSection(SessionRevalidationOptions.Section).Get<SessionRevalidationOptions>() ?? new();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = revalidation.RevalidationInterval);

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
                options.Stores.SchemaVersion = IdentityModel.SchemaVersion;
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

        // The one place the sign-in cookie is configured.
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "JobNetwork.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Events.OnRedirectToAccessDenied = AccessDeniedPage.WriteAsync;
        });

        // The antiforgery cookie defaults to never Secure; mark it Secure whenever the page came over HTTPS.
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(RegistrationPolicy.AdministratorRole, policy => policy.RequireRole(RegistrationPolicy.AdministratorRole));

        // Without a persisted key ring every restart would sign everyone out.
        var dataProtection = services.AddDataProtection().SetApplicationName("JobNetwork");
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // Several instances share one ring, so a cookie issued by one is read by every other.
            dataProtection.PersistKeysToDbContext<PostgresAppDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(dataDirectory.KeysFolder));
        }

        // Through the mail server when one is configured (the daily email needs a confirmed address); otherwise nothing is sent.
        services.AddSingleton<IEmailSender<ApplicationUser>, SmtpAccountEmailSender>();
        services.Configure<RegistrationOptions>(configuration.GetSection(RegistrationOptions.Section));
        services.AddScoped<RegistrationPolicy>();
        services.AddScoped<AccountClosing>();
        services.AddScoped<AccountRegistrar>();
        services.AddScoped<ConfirmationMailer>();
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
        services.AddScoped<AskEditing>();
        services.AddScoped<ReferralService>();
        services.AddScoped<JobLeadService>();
        services.AddScoped<JobLeadEditing>();
        services.AddScoped<TrashService>();
        services.AddScoped<TrashRestorer>();
        services.AddScoped<TrashUndo>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<MergeService>();
        services.AddSingleton<TrashPurger>();
        services.AddHostedService<TrashPurgeWorker>();
        services.AddScoped<LeadMover>();
        services.AddScoped<LeadBoardService>();
        services.AddSingleton<CoverageCalculator>();
        services.AddScoped<CoverageService>();
        services.AddCoaching();
        services.AddScoped<NetworkMapService>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<SuggestionEngine>();
        services.AddScoped<TodayService>();
        services.AddScoped<ThankYouService>();
        services.AddCallScripts();
        services.AddJobSearches();
        services.AddScoped<CalendarFeedService>();
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<IDigestSender, SmtpDigestSender>();
        services.AddGuardedHttpClient(nameof(WebhookSender)).AddTypedClient<WebhookSender>();
        services.AddSingleton<VapidKeyStore>();
        services.AddHostedService<VapidKeyStartup>();
        services.AddGuardedHttpClient(nameof(PushSender)).AddTypedClient<PushSender>();
        services.AddScoped<PushSubscriptionService>();
        services.AddSingleton<PushRunner>();
        services.AddSingleton<DigestRunner>();
        services.AddHostedService<DailyDigestWorker>();
        return services;
    }

    private static IServiceCollection AddImportAndExport(this IServiceCollection services)
    {
        services.AddScoped<ImportService>();
        services.AddScoped<ColumnMappingStore>();
        services.AddScoped<ImportCircleMemory>();
        services.AddScoped<ImportTagNamer>();
        services.AddScoped<CsvExportService>();
        services.AddScoped<JsonExportService>();
        services.AddScoped<JsonImportService>();
        services.AddScoped<VCardExportService>();
        return services;
    }
}
