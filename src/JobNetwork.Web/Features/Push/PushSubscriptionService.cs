using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Push;

public sealed record PushDeviceRow(int Id, string Device, DateTime CreatedAtUtc, DateTime? LastDeliveredAtUtc);

/// <summary>Null <see cref="Error"/> when saved; otherwise what to tell the user.</summary>
public sealed record PushSaveResult(int? Id, string? Error);

/// <summary>
/// The signed-in user's devices that get the daily prompt: subscribed from the Settings card, listed, removed (with
/// Undo), and sent a test. Every query goes through the ownership filter, so another user's device is never found.
/// </summary>
public sealed class PushSubscriptionService(
    IDbContextFactory<AppDbContext> contextFactory, PushSender sender, OutboundAddressPolicy policy, TimeProvider clock,
    InstanceDefaults? defaults = null)
{
    public async Task<PushSaveResult> SaveAsync(PushSubscriptionForm form, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(form, new ValidationContext(form), problems, validateAllProperties: true))
        {
            return new PushSaveResult(null, problems[0].ErrorMessage);
        }

        var endpoint = form.Endpoint.Trim();
        if (await PushEndpointRule.CheckAsync(endpoint, policy, cancellationToken) is { } refused)
        {
            return new PushSaveResult(null, refused);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var device = await db.PushSubscriptions.FirstOrDefaultAsync(s => s.Endpoint == endpoint, cancellationToken);
        if (device is null)
        {
            device = new Domain.PushSubscription { Endpoint = endpoint, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.PushSubscriptions.Add(device);
        }

        // The same browser subscribing again (new keys after a reinstall, say) updates its row.
        device.P256dh = form.P256dh.Trim();
        device.Auth = form.Auth.Trim();
        device.Device = DeviceName.From(form.UserAgent);
        // The daily send is claimed on the settings row, so a user who never saved Settings gets one with the defaults.
        if (!await db.JobSearchSettings.AnyAsync(cancellationToken))
        {
            db.JobSearchSettings.Add(new JobSearchSettings { TimeZoneId = (defaults ?? InstanceDefaults.Utc).TimeZoneId });
        }

        // One SaveChanges: the device and the settings row are written together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return new PushSaveResult(device.Id, null);
    }

    public async Task<IReadOnlyList<PushDeviceRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PushSubscriptions.AsNoTracking()
            .OrderByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id)
            .Select(s => new PushDeviceRow(s.Id, s.Device, s.CreatedAtUtc, s.LastDeliveredAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Which of the user's devices this browser's endpoint is, if any (to mark "this device").</summary>
    public async Task<int?> FindIdAsync(string endpoint, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PushSubscriptions.Where(s => s.Endpoint == endpoint).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <returns>What was removed, for Undo (<see cref="RestoreAsync"/>); null when there was no such device.</returns>
    public async Task<PushSubscriptionForm?> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var device = await db.PushSubscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (device is null)
        {
            return null;
        }

        db.PushSubscriptions.Remove(device);
        await db.SaveChangesAsync(cancellationToken);
        return new PushSubscriptionForm { Endpoint = device.Endpoint, P256dh = device.P256dh, Auth = device.Auth, UserAgent = device.Device };
    }

    /// <summary>Undo of a removal: the same subscription again (the browser still holds it).</summary>
    public async Task<PushSaveResult> RestoreAsync(PushSubscriptionForm removed, CancellationToken cancellationToken)
    {
        var result = await SaveAsync(removed, cancellationToken);
        if (result.Id is { } id)
        {
            // DeviceName.From of a summary gives "A browser"; the summary itself is what was shown.
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await db.PushSubscriptions.Where(s => s.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Device, removed.UserAgent ?? ""), cancellationToken);
        }

        return result;
    }

    /// <summary>Sends a test notification to one of the user's devices; a device the push service no longer knows is dropped.</summary>
    /// <returns>Null when delivered; otherwise a plain reason.</returns>
    public async Task<string?> SendTestAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var device = await db.PushSubscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (device is null)
        {
            return "This device is no longer subscribed.";
        }

        var result = await sender.SendAsync(device, new PushNotification("JobNetwork test", "Notifications work on this device. Tap to open Today."), cancellationToken);
        switch (result.Outcome)
        {
            case PushOutcome.Delivered:
                device.LastDeliveredAtUtc = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(cancellationToken);
                return null;
            case PushOutcome.Gone:
                db.PushSubscriptions.Remove(device);
                await db.SaveChangesAsync(cancellationToken);
                return "The browser's push service no longer knows this device, so it was removed. Subscribe again on that device.";
            default:
                return $"The push service did not take it ({result.Reason}). Try again later.";
        }
    }
}
