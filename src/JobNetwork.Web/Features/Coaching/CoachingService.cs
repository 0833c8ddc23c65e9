using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using JobNetwork.Web.Data;
using JobNetwork.Web.Data.Configurations;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Coaching;

public sealed record CoachGrantRow(int Id, string Coach, CoachScope Scope, DateTime CreatedAtUtc, DateTime? SinceUtc, DateTime? LastUsedAtUtc, DateTime? LinkExpiresAtUtc);

public sealed record CoachAccessRow(string Coach, string What, DateTime AtUtc);

public sealed record NudgeRow(int Id, string Coach, string Text, DateTime CreatedAtUtc);

public enum InviteOutcome
{
    Invited,
    NoSuchAccount,
    NotYourself,
    AlreadyShared,
}

/// <summary>A fresh invitation link's secret: shown once to the job seeker, only its hash is stored.</summary>
public sealed record NewCoachLink(int GrantId, string Secret)
{
    public string Path => CoachAccessService.ClaimPath(Secret);
}

/// <summary>
/// The job seeker's side of coaching: who may read their progress (Settings → Sharing), the access history, and
/// the nudges their coaches left. Every row here is the signed-in user's own, through the ordinary owner filter.
/// </summary>
public sealed class CoachingService(
    IDbContextFactory<AppDbContext> contextFactory, ICurrentUser currentUser, CoachGrantWatch watch, TimeProvider clock, InstanceDefaults? defaults = null)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public async Task<InviteOutcome> InviteByEmailAsync(string email, CoachScope scope, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Users are not owned rows: finding an account by its exact email is how Identity itself signs people in.
        var coach = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => new { u.Id }).FirstOrDefaultAsync(cancellationToken);
        if (coach is null)
        {
            return InviteOutcome.NoSuchAccount;
        }

        if (coach.Id == currentUser.UserId)
        {
            return InviteOutcome.NotYourself;
        }

        if (await db.CoachGrants.AnyAsync(g => g.CoachUserId == coach.Id && g.RevokedAtUtc == null, cancellationToken))
        {
            return InviteOutcome.AlreadyShared;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.CoachGrants.Add(new CoachGrant { CoachUserId = coach.Id, Scope = scope, CreatedAtUtc = now, ClaimedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return InviteOutcome.Invited;
    }

    /// <summary>
    /// The accounts the administrator lists as coaches (enabled, not the signed-in user), for the invite picker.
    /// Listing is the administrator's choice, made for this: only these emails are shown to other accounts.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListedCoachesAsync(CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var coaches = await db.UserRoles.Where(r => r.RoleId == IdentityRoleConfiguration.CoachRoleId && r.UserId != me)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { u.Email, u.LockoutEnd })
            .Where(u => u.Email != null)
            .ToListAsync(cancellationToken);
        return coaches.Where(c => c.LockoutEnd is null || c.LockoutEnd <= now)
            .Select(c => c.Email!).Order(StringComparer.OrdinalIgnoreCase).Take(200).ToList();
    }

    public async Task<NewCoachLink> CreateLinkAsync(CoachScope scope, CancellationToken cancellationToken)
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        var grant = new CoachGrant { InviteTokenHash = Hash(secret), InviteExpiresAtUtc = now + LinkLifetime, Scope = scope, CreatedAtUtc = now };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.CoachGrants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        return new NewCoachLink(grant.Id, secret);
    }

    /// <summary>Live grants and unexpired links, newest first, with the coach's email.</summary>
    public async Task<IReadOnlyList<CoachGrantRow>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var grants = await db.CoachGrants.AsNoTracking()
            .Where(g => g.RevokedAtUtc == null && (g.CoachUserId != null || g.InviteExpiresAtUtc > now))
            .GroupJoin(db.Users, g => g.CoachUserId, u => u.Id, (g, users) => new { g, users })
            .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new { x.g, Email = u == null ? null : u.Email })
            .ToListAsync(cancellationToken);
        return grants
            .OrderByDescending(x => x.g.CreatedAtUtc).ThenByDescending(x => x.g.Id)
            .Select(x => new CoachGrantRow(x.g.Id, x.g.CoachUserId == null ? "Invitation link (not used yet)" : x.Email ?? "A deleted account", x.g.Scope, x.g.CreatedAtUtc, x.g.ClaimedAtUtc,
                x.g.LastUsedAtUtc, x.g.CoachUserId == null ? x.g.InviteExpiresAtUtc : null))
            .ToList();
    }

    /// <summary>
    /// Ends the grant at once: every later read is refused, and the coach's open pages show "access ended" (at once on
    /// this instance, within <see cref="CoachGrantWatch.RecheckEvery"/> on another).
    /// </summary>
    public async Task<bool> RevokeAsync(int grantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var grant = await db.CoachGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.RevokedAtUtc == null, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        grant.RevokedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        watch.Announce(grantId);
        return true;
    }

    public async Task<IReadOnlyList<CoachAccessRow>> AccessHistoryAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.CoachAccessEntries.AsNoTracking()
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(take)
            .GroupJoin(db.Users, e => e.CoachUserId, u => u.Id, (e, users) => new { e, users })
            .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new { x.e.What, x.e.AtUtc, x.e.Id, Email = u == null ? null : u.Email })
            .ToListAsync(cancellationToken);
        return entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Select(e => new CoachAccessRow(e.Email ?? "A deleted account", e.What, e.AtUtc)).ToList();
    }

    public async Task<IReadOnlyList<NudgeRow>> OpenNudgesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.CoachNudges.AsNoTracking().Where(n => n.DoneAtUtc == null)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Select(n => new NudgeRow(n.Id, n.CoachLabel, n.Text, n.CreatedAtUtc))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> MarkNudgeDoneAsync(int nudgeId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var nudge = await db.CoachNudges.FirstOrDefaultAsync(n => n.Id == nudgeId && n.DoneAtUtc == null, cancellationToken);
        if (nudge is null)
        {
            return false;
        }

        nudge.DoneAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Does the signed-in coach get their caseload by email every Monday?</summary>
    public async Task<bool> WeeklySummaryAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.JobSearchSettings.AnyAsync(s => s.CoachSummaryEnabled, cancellationToken);
    }

    /// <summary>
    /// Turns the weekly summary on or off. Only this column is written, so a settings form open in another tab keeps
    /// its own changes; a new account gets its settings row (with the instance's time zone) on the way.
    /// </summary>
    public async Task SetWeeklySummaryAsync(bool enabled, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.JobSearchSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.CoachSummaryEnabled, enabled), cancellationToken) == 0)
        {
            db.JobSearchSettings.Add(new JobSearchSettings { TimeZoneId = (defaults ?? InstanceDefaults.Utc).TimeZoneId, CoachSummaryEnabled = enabled });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public static string Hash(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant();
}
