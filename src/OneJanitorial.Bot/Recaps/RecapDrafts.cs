using System.Text.Json;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Recaps;

/// <summary>A previewed recap, kept so the card's Copy and Send act on exactly what the CSR saw.</summary>
public sealed record RecapDraft(string? TicketId, Recap Recap);

/// <summary>Previewed recaps in the state store under <c>recaps/drafts/{key}</c>.</summary>
public sealed class RecapDrafts(IStateStore store)
{
    public const string KeyPrefix = "recaps/drafts/";

    /// <summary>Saves the draft and returns its key (the recap's idempotency key).</summary>
    public async Task<string> SaveAsync(RecapDraft draft, CancellationToken cancellationToken)
    {
        var key = RecapMessage.IdempotencyKey(draft.Recap);
        await store.WriteAsync(KeyPrefix + key, JsonSerializer.Serialize(draft, RecapJsonContext.Default.RecapDraft), "*", cancellationToken);
        return key;
    }

    public async Task<RecapDraft?> FindAsync(string key, CancellationToken cancellationToken) =>
        await store.ReadAsync(KeyPrefix + key, cancellationToken) is { } item
            ? JsonSerializer.Deserialize(item.Json, RecapJsonContext.Default.RecapDraft)
            : null;
}
