using System.Data.Common;
using System.Globalization;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The persisted reminders and their delivery (outbox semantics). A reminder's key is recorded before it is sent;
/// a sender claims due rows in one statement (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>; SQLite: one writer at a
/// time), sends, then marks the row sent under its own claim. A claim whose sender crashed expires and the row is
/// claimed again; a sent row is never claimed again.
/// </summary>
public sealed class ReminderOutbox(Database database)
{
    private const string Columns = "key, ticket_number, kind, due_utc, due_local, time_zone, target, state, attempts, sent_at, late, last_error, channel";

    private const string Claimable =
        "((state = 'Pending' AND due_utc <= @now AND (next_attempt_at IS NULL OR next_attempt_at <= @now)) OR (state = 'Claimed' AND claimed_until < @now))";

    /// <summary>The most tickets one <see cref="SyncAsync(IReadOnlyCollection{long}, IReadOnlyList{Reminder}, DateTimeOffset, CancellationToken)"/> takes.</summary>
    public const int MaxTicketsPerSync = 200;

    /// <summary>Records one ticket's derived reminders (<see cref="SyncAsync(IReadOnlyCollection{long}, IReadOnlyList{Reminder}, DateTimeOffset, CancellationToken)"/>).</summary>
    public Task SyncAsync(long ticketNumber, IReadOnlyList<Reminder> derived, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        SyncAsync([ticketNumber], derived, notBefore, cancellationToken);

    /// <summary>
    /// Records the tickets' derived reminders due from <paramref name="notBefore"/> on (new ones pending, cancelled ones
    /// due again) and cancels those tickets' pending ones no longer derived, in one transaction: written whole or not at
    /// all, and again without a change (by key). Stored rows older than that stay as they are.
    /// </summary>
    public async Task SyncAsync(IReadOnlyCollection<long> ticketNumbers, IReadOnlyList<Reminder> derived, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ticketNumbers.Count, MaxTicketsPerSync);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Rows are written in key order, so two instances syncing the same tickets take their row locks in one order.
        foreach (var reminder in derived.Where(r => r.DueUtc >= notBefore).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            await using var insert = connection.CreateCommand(
                $"INSERT INTO reminder_deliveries ({Columns}) VALUES (@key, @ticket, @kind, @due, @local, @zone, @target, 'Pending', 0, NULL, @late, NULL, @channel) " +
                "ON CONFLICT (key) DO UPDATE SET state = 'Pending' WHERE reminder_deliveries.state = 'Cancelled'", transaction)
                .With("@key", reminder.Key).With("@ticket", reminder.TicketNumber).With("@kind", reminder.Kind.ToString())
                .With("@due", reminder.DueUtc).With("@local", Local(reminder.DueLocal)).With("@zone", reminder.TimeZone)
                .With("@target", reminder.Target.ToString()).With("@late", false).With("@channel", reminder.Channel);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        var keep = derived.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in (await PendingKeysAsync(connection, transaction, ticketNumbers, cancellationToken)).Where(k => !keep.Contains(k)).Order(StringComparer.Ordinal))
        {
            await using var cancel = connection.CreateCommand("UPDATE reminder_deliveries SET state = 'Cancelled' WHERE key = @key AND state = 'Pending'", transaction)
                .With("@key", stale);
            await cancel.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Claims up to <paramref name="limit"/> due rows for <paramref name="claimant"/> until <paramref name="until"/>, earliest first.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ClaimAsync(string claimant, DateTimeOffset now, DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        var lockRows = database.Provider == DatabaseProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : "";
        var sql = "UPDATE reminder_deliveries SET state = 'Claimed', claimed_by = @me, claimed_until = @until " +
            $"WHERE {Claimable} AND key IN (SELECT key FROM reminder_deliveries WHERE {Claimable} ORDER BY due_utc, key LIMIT @limit{lockRows}) " +
            $"RETURNING {Columns}";
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(sql).With("@me", claimant).With("@until", until).With("@now", now).With("@limit", limit);
        var claimed = await ReadAsync(command, cancellationToken);
        return [.. claimed.OrderBy(e => e.Reminder.DueUtc)];
    }

    /// <summary>
    /// Extends this sender's claim on a row to <paramref name="until"/> right before it is sent, so a claim taken with a
    /// batch cannot run out while earlier rows of the batch were being sent, and counts the attempt (a row claimed with a
    /// batch whose pass stopped before reaching it was never tried); false when another sender has the row now.
    /// </summary>
    public async Task<bool> RenewAsync(string key, string claimant, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            "UPDATE reminder_deliveries SET claimed_until = @until, attempts = attempts + 1 WHERE key = @key AND state = 'Claimed' AND claimed_by = @me")
            .With("@until", until).With("@key", key).With("@me", claimant);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Marks a claimed row sent; false when the claim was lost (it expired and another sender took the row).</summary>
    public Task<bool> MarkSentAsync(string key, string claimant, DateTimeOffset at, bool late, CancellationToken cancellationToken) =>
        ReleaseAsync("state = 'Sent', sent_at = @at, late = @late, last_error = NULL", key, claimant, cancellationToken,
            ("@at", at), ("@late", late));

    /// <summary>Puts a claimed row back to retry at <paramref name="retryAt"/>, or gives up (failed) when that is null.</summary>
    public Task<bool> MarkFailedAsync(string key, string claimant, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        ReleaseAsync(retryAt is null ? "state = 'Failed', last_error = @error" : "state = 'Pending', next_attempt_at = @retry, last_error = @error",
            key, claimant, cancellationToken, ("@error", error), ("@retry", retryAt));

    /// <summary>Cancels a claimed row that is not to be sent any more (a huddle post whose day is over).</summary>
    public Task<bool> DropAsync(string key, string claimant, CancellationToken cancellationToken) =>
        ReleaseAsync("state = 'Cancelled'", key, claimant, cancellationToken);

    /// <summary>
    /// Marks a delivery failed that its channel took to send later and then gave up unsent (it expired, or the channel's
    /// peer refused it), so <c>reminders failed</c> lists it; whatever its state but cancelled (a sender that took the row
    /// on meanwhile loses its claim). False when there is no such row.
    /// </summary>
    public async Task<bool> MarkUndeliveredAsync(string key, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            "UPDATE reminder_deliveries SET state = 'Failed', last_error = @error, claimed_by = NULL, claimed_until = NULL WHERE key = @key AND state <> 'Cancelled'")
            .With("@key", key).With("@error", error);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Rows in the given states, earliest due first.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(IReadOnlyList<DeliveryState> states, int limit, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", states.Select((_, i) => $"@s{i}"));
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand($"SELECT {Columns} FROM reminder_deliveries WHERE state IN ({names}) ORDER BY due_utc, key LIMIT @limit");
        for (var i = 0; i < states.Count; i++)
        {
            command.With($"@s{i}", states[i].ToString());
        }
        command.With("@limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    private async Task<bool> ReleaseAsync(string set, string key, string claimant, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            $"UPDATE reminder_deliveries SET {set}, claimed_by = NULL, claimed_until = NULL WHERE key = @key AND state = 'Claimed' AND claimed_by = @me")
            .With("@key", key).With("@me", claimant);
        foreach (var (name, value) in values.Where(v => set.Contains(v.Name, StringComparison.Ordinal)))
        {
            command.With(name, value);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<List<string>> PendingKeysAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> ticketNumbers, CancellationToken cancellationToken)
    {
        if (ticketNumbers.Count == 0)
        {
            return [];
        }
        var names = string.Join(", ", ticketNumbers.Select((_, i) => $"@t{i}"));
        await using var command = connection.CreateCommand($"SELECT key FROM reminder_deliveries WHERE ticket_number IN ({names}) AND state = 'Pending'", transaction);
        foreach (var (number, i) in ticketNumbers.Select((n, i) => (n, i)))
        {
            command.With($"@t{i}", number);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }

    private static async Task<IReadOnlyList<OutboxEntry>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<OutboxEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var reminder = new Reminder(reader.GetInt64(1), Enum.Parse<ReminderKind>(reader.GetString(2)), reader.GetFieldValue<DateTimeOffset>(3).ToUniversalTime(),
                DateTime.ParseExact(reader.GetString(4), "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), reader.GetString(5), Enum.Parse<ReminderTarget>(reader.GetString(6)))
            {
                Channel = reader.IsDBNull(12) ? null : reader.GetString(12),
            };
            entries.Add(new OutboxEntry(reminder, Enum.Parse<DeliveryState>(reader.GetString(7)), reader.GetInt32(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9), reader.GetBoolean(10), reader.IsDBNull(11) ? null : reader.GetString(11)));
        }
        return entries;
    }

    private static string Local(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
