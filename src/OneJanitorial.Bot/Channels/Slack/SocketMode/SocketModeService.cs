using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Slack.SocketMode;

/// <summary>
/// Socket Mode, on when <c>Slack:AppToken</c> is set: asks <c>apps.connections.open</c> for a WebSocket URL and keeps
/// one connection up, opening a new one when Slack asks for a refresh, the connection time runs out, or the socket
/// drops (with backoff while it keeps failing). A token Slack refuses stops the start with the error named.
/// </summary>
public sealed class SocketModeService(
    SlackWebApiClient api,
    SocketModeConnection connection,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SocketModeService> logger) : BackgroundService
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private Uri? _firstUrl;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SocketModeEnabled)
        {
            var opened = await api.OpenConnectionAsync(cancellationToken);
            _firstUrl = UrlOf(opened) ?? throw new InvalidOperationException(
                $"Socket Mode cannot start: apps.connections.open with Slack:AppToken answered '{opened.Error ?? "no url"}'. Check the app-level token (xapp-, scope connections:write) and that Socket Mode is on for the app.");
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var url = _firstUrl;
        var failures = 0;
        while (url is not null && !stoppingToken.IsCancellationRequested)
        {
            var end = await RunOnceAsync(url, stoppingToken);
            if (end is ConnectionEnd.LinkDisabled)
            {
                Log.SocketLinkDisabled(logger);
                return;
            }
            if (end is ConnectionEnd.Stopped)
            {
                return;
            }
            failures = end is ConnectionEnd.Dropped or null ? failures + 1 : 0;
            var delay = Backoff(failures);
            Log.SocketReconnecting(logger, end ?? ConnectionEnd.Dropped, delay.TotalMilliseconds);
            await Task.Delay(delay, clock, stoppingToken);
            url = await OpenUrlAsync(stoppingToken);
        }
    }

    /// <summary>Runs one connection; null when it could not even be opened.</summary>
    private async Task<ConnectionEnd?> RunOnceAsync(Uri url, CancellationToken stoppingToken)
    {
        try
        {
            return await connection.RunAsync(url, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return ConnectionEnd.Stopped;
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or HttpRequestException)
        {
            Log.SocketConnectFailed(logger, e, Backoff(1).TotalMilliseconds);
            return null;
        }
    }

    /// <summary>A fresh URL; keeps asking (with backoff) while Slack or the network fails.</summary>
    private async Task<Uri?> OpenUrlAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                if (UrlOf(await api.OpenConnectionAsync(stoppingToken)) is { } url)
                {
                    return url;
                }
            }
            catch (HttpRequestException e)
            {
                Log.SocketConnectFailed(logger, e, Backoff(attempt).TotalMilliseconds);
            }
            await Task.Delay(Backoff(attempt), clock, stoppingToken);
        }
        return null;
    }

    /// <summary>No wait after a clean refresh; 1 s, 2 s, 4 s … up to 30 s while connections keep failing.</summary>
    public static TimeSpan Backoff(int failures) =>
        failures <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, BaseDelay.Ticks << Math.Min(failures - 1, 10)));

    private static Uri? UrlOf(SlackApiResult result) =>
        result.Ok && result.StringAt("url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
}
