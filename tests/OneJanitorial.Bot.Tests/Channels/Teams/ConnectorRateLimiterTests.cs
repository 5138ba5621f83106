using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

// The limiter runs on the real clock (see ConnectorRateLimiter), which no fake clock can move: these tests look at what is
// granted at once, all taken well within the shortest window; one also awaits the call held until the tenant's 1 s
// window has passed (its 1.2 s of the machine's time, the window's length in the library).
public sealed class ConnectorRateLimiterTests
{
    private const int Plenty = 100_000;

    [Fact]
    public void AcquireAsync_EighthCallInOneConversation_WaitsWhileAnotherConversationsGoes()
    {
        using var limiter = Limiter(new ConnectorLimitsOptions());
        var granted = Acquire(limiter, 7, _ => new ConnectorCall("chat-a", "tenant-1"));

        var eighth = limiter.AcquireAsync(new ConnectorCall("chat-a", "tenant-1"), CancellationToken.None);
        var other = limiter.AcquireAsync(new ConnectorCall("chat-b", "tenant-1"), CancellationToken.None);

        Assert.All(granted, Assert.True);
        Assert.False(eighth.IsCompleted);
        Assert.True(Granted(other));
    }

    [Theory]
    [InlineData(nameof(ConnectorLimitsOptions.ConversationBurst), 7)]
    [InlineData(nameof(ConnectorLimitsOptions.ConversationShort), 8)]
    [InlineData(nameof(ConnectorLimitsOptions.ConversationSustained), 60)]
    [InlineData(nameof(ConnectorLimitsOptions.ConversationHourly), 1800)]
    public void AcquireAsync_EachDocumentedConversationWindow_HoldsTheCallAfterItsPermits(string window, int permits)
    {
        var options = OnlyConversationWindow(window);
        using var limiter = Limiter(options);
        var granted = Acquire(limiter, permits, _ => new ConnectorCall("chat-a", "tenant-1"));

        var next = limiter.AcquireAsync(new ConnectorCall("chat-a", "tenant-1"), CancellationToken.None);

        Assert.Equal(permits, granted.Count(g => g));
        Assert.False(next.IsCompleted);
    }

    [Fact]
    public void AcquireAsync_FiftyFirstCallOfOneTenant_WaitsWhileAnotherTenantsGoes()
    {
        using var limiter = Limiter(new ConnectorLimitsOptions());
        var granted = Acquire(limiter, 50, i => new ConnectorCall($"chat-{i}", "tenant-1"));

        var fiftyFirst = limiter.AcquireAsync(new ConnectorCall("chat-50", "tenant-1"), CancellationToken.None);
        var otherTenant = limiter.AcquireAsync(new ConnectorCall("chat-51", "tenant-2"), CancellationToken.None);

        Assert.All(granted, Assert.True);
        Assert.False(fiftyFirst.IsCompleted);
        Assert.True(Granted(otherTenant));
    }

    [Fact]
    public void AcquireAsync_NoTenantKnown_CallsShareOneAppWideWindow()
    {
        using var limiter = Limiter(new ConnectorLimitsOptions());
        var granted = Acquire(limiter, 50, i => new ConnectorCall($"chat-{i}", null));

        var fiftyFirst = limiter.AcquireAsync(new ConnectorCall("chat-50", null), CancellationToken.None);

        Assert.All(granted, Assert.True);
        Assert.False(fiftyFirst.IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_CallsBoundToNoConversation_OnlyTheTenantWindowHolds()
    {
        using var limiter = Limiter(new ConnectorLimitsOptions());
        var started = Stopwatch.GetTimestamp();
        var granted = Acquire(limiter, 50, _ => new ConnectorCall(null, "tenant-1"));

        var fiftyFirst = limiter.AcquireAsync(new ConnectorCall(null, "tenant-1"), CancellationToken.None);

        Assert.All(granted, Assert.True); // no conversation window (7 per second) holds them
        Assert.False(fiftyFirst.IsCompleted); // the tenant's 50 per second does
        using var lease = await fiftyFirst.AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(lease.IsAcquired);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.FromSeconds(1), TimeSpan.MaxValue);
    }

    [Fact]
    public void AcquireAsync_QueueFull_FailsAtOnceInsteadOfWaiting()
    {
        // Each window has its own queue: with only the 1 s window holding calls, the second call held is the one too many.
        var options = OnlyConversationWindow(nameof(ConnectorLimitsOptions.ConversationBurst));
        options.QueueLimit = 1;
        using var limiter = Limiter(options);
        Acquire(limiter, 7, _ => new ConnectorCall("chat-a", "tenant-1"));
        var queued = limiter.AcquireAsync(new ConnectorCall("chat-a", "tenant-1"), CancellationToken.None);

        var refused = limiter.AcquireAsync(new ConnectorCall("chat-a", "tenant-1"), CancellationToken.None);

        Assert.False(queued.IsCompleted);
        Assert.True(Refused(refused));
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_Throws()
    {
        using var limiter = Limiter(new ConnectorLimitsOptions());
        Acquire(limiter, 7, _ => new ConnectorCall("chat-a", "tenant-1"));
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(new ConnectorCall("chat-a", "tenant-1"), cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.AsTask());
    }

    [Theory]
    [InlineData(1, 6, 1200)]
    [InlineData(2, 11, 2200)]
    [InlineData(30, 31, 31_000)]
    [InlineData(3600, 31, 3_720_000)]
    public void WindowOptions_DocumentedWindow_IsOneSegmentLonger(int seconds, int segments, int windowMs)
    {
        var options = ConnectorRateLimiter.WindowOptions(new RateWindow(7, TimeSpan.FromSeconds(seconds)), 10);

        Assert.Equal((segments, TimeSpan.FromMilliseconds(windowMs), 7, 10), (options.SegmentsPerWindow, options.Window, options.PermitLimit, options.QueueLimit));
    }

    private static ConnectorRateLimiter Limiter(ConnectorLimitsOptions options) => new(Options.Create(options));

    /// <summary>Takes <paramref name="count"/> permits at once; true for each granted without waiting.</summary>
    private static List<bool> Acquire(ConnectorRateLimiter limiter, int count, Func<int, ConnectorCall> call)
    {
        var granted = new List<bool>();
        for (var i = 0; i < count; i++)
        {
            granted.Add(Granted(limiter.AcquireAsync(call(i), CancellationToken.None)));
        }
        return granted;
    }

    private static bool Granted(ValueTask<RateLimitLease> lease) => lease.IsCompletedSuccessfully && lease.Result.IsAcquired;

    private static bool Refused(ValueTask<RateLimitLease> lease) => lease.IsCompletedSuccessfully && !lease.Result.IsAcquired;

    /// <summary>Teams' figures for <paramref name="window"/>; every other window so wide it never holds a call here.</summary>
    private static ConnectorLimitsOptions OnlyConversationWindow(string window)
    {
        var options = new ConnectorLimitsOptions
        {
            ConversationBurst = new RateWindow(Plenty, TimeSpan.FromSeconds(1)),
            ConversationShort = new RateWindow(Plenty, TimeSpan.FromSeconds(2)),
            ConversationSustained = new RateWindow(Plenty, TimeSpan.FromSeconds(30)),
            ConversationHourly = new RateWindow(Plenty, TimeSpan.FromHours(1)),
            Tenant = new RateWindow(Plenty, TimeSpan.FromSeconds(1)),
        };
        var documented = new ConnectorLimitsOptions();
        var property = typeof(ConnectorLimitsOptions).GetProperty(window)!;
        property.SetValue(options, property.GetValue(documented));
        return options;
    }
}
