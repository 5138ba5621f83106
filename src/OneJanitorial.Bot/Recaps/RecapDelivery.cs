using System.Text.Json;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Observability;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// Sends a recap once. The first click claims the recap's key in the state store ("sending"), so a second click
/// finds it and sends nothing; a failure releases the key so the CSR can retry. Without a sender nothing is sent
/// and the CSR gets the email (To, Subject, body) to paste into their mail app.
/// </summary>
public sealed partial class RecapDelivery(
    IStateStore store,
    IOptions<SmtpOptions> options,
    TimeProvider timeProvider,
    ILogger<RecapDelivery> logger,
    IRecapSender? sender = null)
{
    public const string KeyPrefix = "recaps/sent/";

    /// <summary>A "sending" claim older than this is from a crashed attempt and may be taken over.</summary>
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);

    public async Task<RecapSendResult> SendAsync(Recap recap, CancellationToken cancellationToken)
    {
        var result = await SendOnceAsync(recap, cancellationToken);
        BotTelemetry.RecapSends.Add(1, new KeyValuePair<string, object?>("status", result.Status.ToString()));
        return result;
    }

    private async Task<RecapSendResult> SendOnceAsync(Recap recap, CancellationToken cancellationToken)
    {
        var key = RecapMessage.IdempotencyKey(recap);
        var message = RecapMessage.Build(recap, options.Value, key);
        if (sender is null)
        {
            return new RecapSendResult(RecapSendStatus.NotConfigured, "Sending is not set up, so nothing was sent: paste this into a new email in your mail app.")
            {
                CopyText = RecapMessage.CopyText(recap),
            };
        }
        var claim = await ClaimAsync(KeyPrefix + key, recap, cancellationToken);
        if (claim.Existing is { } existing)
        {
            return existing.State == RecapSendState.Sent
                ? new RecapSendResult(RecapSendStatus.AlreadySent, $"Already sent to {existing.To}; not sent again.") { SentAt = existing.At }
                : new RecapSendResult(RecapSendStatus.AlreadySent, $"This recap is being sent to {existing.To} already; not sent again.");
        }
        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch (RecapSendException e)
        {
            await ReleaseAsync(KeyPrefix + key, claim.ETag);
            return new RecapSendResult(RecapSendStatus.Failed, $"Not sent: {e.Message}. The recap is still unsent; try again or copy it.") { CopyText = RecapMessage.CopyText(recap) };
        }
        var sentAt = timeProvider.GetUtcNow();
        // The message is out: record it whatever happened to the claim meanwhile, and even if the CSR navigated away.
        await store.WriteAsync(KeyPrefix + key, Serialize(new RecapSendRecord(RecapSendState.Sent, recap.To, recap.Subject, sentAt)), "*", CancellationToken.None);
        LogSent(logger, key);
        return new RecapSendResult(RecapSendStatus.Sent, $"Sent to {recap.To}.") { SentAt = sentAt };
    }

    /// <summary>The send record of a recap, if it was sent or is being sent.</summary>
    public async Task<RecapSendRecord?> FindAsync(Recap recap, CancellationToken cancellationToken) =>
        await store.ReadAsync(KeyPrefix + RecapMessage.IdempotencyKey(recap), cancellationToken) is { } item ? Deserialize(item.Json) : null;

    private async Task<(string ETag, RecapSendRecord? Existing)> ClaimAsync(string key, Recap recap, CancellationToken cancellationToken)
    {
        var claim = Serialize(new RecapSendRecord(RecapSendState.Sending, recap.To, recap.Subject, timeProvider.GetUtcNow()));
        try
        {
            var current = await store.ReadAsync(key, cancellationToken);
            if (current is not null)
            {
                var record = Deserialize(current.Json);
                if (record.State == RecapSendState.Sent || timeProvider.GetUtcNow() - record.At < StaleClaim)
                {
                    return ("", record);
                }
            }
            return (await store.WriteAsync(key, claim, current?.ETag, cancellationToken), null);
        }
        catch (ConcurrencyException)
        {
            var winner = await store.ReadAsync(key, cancellationToken);
            return ("", winner is null ? new RecapSendRecord(RecapSendState.Sending, recap.To, recap.Subject, timeProvider.GetUtcNow()) : Deserialize(winner.Json));
        }
    }

    private async Task ReleaseAsync(string key, string etag)
    {
        try
        {
            await store.DeleteAsync(key, etag, CancellationToken.None);
        }
        catch (ConcurrencyException)
        {
            // Another attempt took the claim over; it is theirs to release.
        }
    }

    private static string Serialize(RecapSendRecord record) => JsonSerializer.Serialize(record, RecapJsonContext.Default.RecapSendRecord);

    private static RecapSendRecord Deserialize(string json) => JsonSerializer.Deserialize(json, RecapJsonContext.Default.RecapSendRecord)!;

    [LoggerMessage(EventId = 7031, Level = LogLevel.Information, Message = "Recap {Key} sent")]
    private static partial void LogSent(ILogger logger, string key);
}
