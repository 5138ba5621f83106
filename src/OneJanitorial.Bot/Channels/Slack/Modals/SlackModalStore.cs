using System.Text.Json.Nodes;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Slack.Modals;

/// <summary>
/// The metadata an open modal should have but cannot: after <c>response_action: errors</c> Slack keeps the modal (and
/// its <c>private_metadata</c>, with the step token from before the errors) while the dialog moved to a new step
/// token. Kept under <c>slack/modals/{view_id}</c> with the modal's hash, it applies only to that very modal state
/// (any update changes the hash) and is forgotten when the modal moves on, closes or is cleared. Slack does not always
/// tell the bot a modal went away (a closed browser tab), so <see cref="SweepAsync"/> deletes entries older than
/// <see cref="Lifetime"/>.
/// </summary>
public sealed class SlackModalStore(IStateStore store, TimeProvider clock)
{
    public const string KeyPrefix = "slack/modals/";

    /// <summary>How long a remembered modal state is kept: a modal left open longer shows its current step on the next submit.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>The metadata remembered for the modal <paramref name="viewId"/> at <paramref name="hash"/>, if any.</summary>
    public async Task<SlackModalMetadata?> CurrentAsync(string? viewId, string? hash, CancellationToken cancellationToken)
    {
        if (viewId is null || hash is null || await store.ReadAsync(KeyOf(viewId), cancellationToken) is not { } item)
        {
            return null;
        }
        var entry = JsonNode.Parse(item.Json) as JsonObject;
        return SlackTurnMapper.Str(entry, "hash") == hash ? SlackModalMetadata.Parse(SlackTurnMapper.Str(entry, "metadata")) : null;
    }

    public Task RememberAsync(string viewId, string hash, string metadata, CancellationToken cancellationToken) =>
        store.WriteAsync(KeyOf(viewId), new JsonObject { ["hash"] = hash, ["metadata"] = metadata, ["savedAt"] = clock.GetUtcNow() }.ToJsonString(), "*", cancellationToken);

    public Task ForgetAsync(string? viewId, CancellationToken cancellationToken) =>
        viewId is null ? Task.CompletedTask : store.DeleteAsync(KeyOf(viewId), null, cancellationToken);

    /// <summary>Deletes the entries saved more than <see cref="Lifetime"/> ago (or without a time: from before it was kept).</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - Lifetime;
        foreach (var item in await store.ListAsync(KeyPrefix, cancellationToken))
        {
            var savedAt = (JsonNode.Parse(item.Json) as JsonObject)?["savedAt"] is JsonValue v && v.TryGetValue<DateTimeOffset>(out var at) ? at : (DateTimeOffset?)null;
            if (savedAt is null || savedAt < cutoff)
            {
                await DeleteAsync(item, cancellationToken);
            }
        }
    }

    private async Task DeleteAsync(StoredItem item, CancellationToken cancellationToken)
    {
        try
        {
            await store.DeleteAsync(item.Key, item.ETag, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            // remembered again since it was listed: it is current
        }
    }

    private static string KeyOf(string viewId) => KeyPrefix + Uri.EscapeDataString(viewId);
}
