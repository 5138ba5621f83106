using System.Data.Common;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// The ticket store on plain ADO.NET over the shared <see cref="Database"/>: the same statements on SQLite and
/// PostgreSQL (parameters as @name, INSERT ... RETURNING, ON CONFLICT); the schema is <see cref="TicketMigrations"/>.
/// Inside a <see cref="DatabaseScope"/> every statement joins the scope's transaction.
/// </summary>
public sealed class SqlTicketStore(Database database) : ITicketStore
{
    private static readonly string InsertValues =
        $"INSERT INTO tickets ({string.Join(", ", TicketRows.Written)}, version, change_id) " +
        $"VALUES ({string.Join(", ", TicketRows.Written.Select(c => "@" + c))}, 1, @change_id)";

    private static readonly string InsertSql = InsertValues + " RETURNING number";

    /// <summary>A ticket whose intake key is already stored inserts nothing and returns no row (a repeated Create).</summary>
    private static readonly string InsertOnceSql = InsertValues + " ON CONFLICT (intake_key) DO NOTHING RETURNING number";

    /// <summary>A ticket whose CRM id is already stored inserts nothing and returns no row.</summary>
    private static readonly string ImportSql = InsertValues + " ON CONFLICT (crm_id) DO NOTHING RETURNING number";

    private static readonly string UpdateSql =
        $"UPDATE tickets SET {string.Join(", ", TicketRows.Written.Select(c => $"{c} = @{c}"))}, version = version + 1, change_id = @change_id " +
        "WHERE number = @number AND version = @version";

    private const string InsertEventSql =
        "INSERT INTO ticket_events (ticket_number, at, actor, change, field, old_value, new_value, reason) " +
        "VALUES (@ticket_number, @at, @actor, @change, @field, @old_value, @new_value, @reason)";

    public Task<TicketInsert> InsertAsync(Ticket ticket, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => InsertTicketAsync(connection, transaction, ticket, events, cancellationToken), cancellationToken);

    public Task<Ticket> UpdateAsync(Ticket ticket, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var change = await TicketChangeReads.NextAsync(connection, transaction, cancellationToken);
            await using var command = connection.CreateCommand(UpdateSql, transaction);
            TicketRows.SetParameters(command, ticket);
            TicketRows.Set(command, "change_id", change);
            TicketRows.Set(command, "number", ticket.Number);
            TicketRows.Set(command, "version", ticket.Version);
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new TicketConcurrencyException(ticket.Number);
            }
            await InsertEventsAsync(connection, transaction, ticket.Number, events, cancellationToken);
            return ticket with { Version = ticket.Version + 1 };
        }, cancellationToken);

    public async Task<Ticket?> GetAsync(long number, CancellationToken cancellationToken)
    {
        var found = await QueryTicketsAsync($"SELECT {TicketRows.Columns} FROM tickets WHERE number = @number",
            c => TicketRows.Set(c, "number", number), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<Ticket?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken)
    {
        var found = await QueryTicketsAsync($"SELECT {TicketRows.Columns} FROM tickets WHERE intake_key = @intake_key",
            c => TicketRows.Set(c, "intake_key", intakeKey), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Ticket>> ListAsync(TicketQuery query, CancellationToken cancellationToken)
    {
        // Only the filters asked for are in the statement, so no parameter is ever an untyped null.
        var filters = new List<(string Sql, string Name, object Value)>();
        if (query.Owner is not null)
        {
            filters.Add(("owner = @owner", "owner", query.Owner));
        }
        if (query.Csr is not null)
        {
            filters.Add(("csr = @csr", "csr", query.Csr));
        }
        if (!query.IncludeClosed)
        {
            filters.Add(("stage <> @closed", "closed", nameof(TicketStage.ClosedClientTicket)));
        }
        var where = filters.Count == 0 ? "" : " WHERE " + string.Join(" AND ", filters.Select(f => f.Sql));
        var sql = $"SELECT {TicketRows.Columns} FROM tickets{where} ORDER BY number DESC LIMIT @limit";
        return QueryTicketsAsync(sql, c =>
        {
            filters.ForEach(f => TicketRows.Set(c, f.Name, f.Value));
            TicketRows.Set(c, "limit", query.Limit);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TicketEvent>> EventsAsync(long number, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<TicketEvent>>(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand(
                "SELECT id, ticket_number, at, actor, change, field, old_value, new_value, reason FROM ticket_events WHERE ticket_number = @number ORDER BY id",
                transaction);
            TicketRows.Set(command, "number", number);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var events = new List<TicketEvent>();
            while (await reader.ReadAsync(cancellationToken))
            {
                events.Add(TicketRows.ReadEvent(reader));
            }
            return events;
        }, cancellationToken);

    public Task AppendEventsAsync(long number, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var change = await TicketChangeReads.NextAsync(connection, transaction, cancellationToken);
            await using (var touch = connection.CreateCommand("UPDATE tickets SET change_id = @change_id WHERE number = @number", transaction))
            {
                TicketRows.Set(touch, "change_id", change);
                TicketRows.Set(touch, "number", number);
                await touch.ExecuteNonQueryAsync(cancellationToken);
            }
            await InsertEventsAsync(connection, transaction, number, events, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<ChangedTickets> ChangedAsync(TicketChangeQuery query, CancellationToken cancellationToken) =>
        TicketChangeReads.ReadAsync(database, query, cancellationToken);

    public Task<CleanerHistory> CleanerHistoryAsync(string cleaner, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN counts_as_strike = @yes AND create_date >= @from AND create_date <= @to THEN 1 ELSE 0 END), 0) " +
                "FROM tickets WHERE cleaner_key = @cleaner", transaction);
            TicketRows.Set(command, "yes", true);
            TicketRows.Set(command, "from", from);
            TicketRows.Set(command, "to", to);
            TicketRows.Set(command, "cleaner", TicketRows.CleanerKey(cleaner));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new CleanerHistory(Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1)));
        }, cancellationToken);

    /// <summary>
    /// One transaction. The CRM ids already stored are read once; the two insert statements are prepared once and
    /// reused for every row. ON CONFLICT covers an import running at the same time: its rows count as skipped.
    /// </summary>
    public Task<ImportOutcome> ImportAsync(IReadOnlyList<Ticket> tickets, string actor, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => ImportRowsAsync(connection, transaction, tickets, actor, cancellationToken), cancellationToken);

    private static async Task<ImportOutcome> ImportRowsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<Ticket> tickets, string actor, CancellationToken cancellationToken)
    {
        var change = await TicketChangeReads.NextAsync(connection, transaction, cancellationToken);
        await using var insert = connection.CreateCommand(ImportSql, transaction);
        await using var insertEvent = connection.CreateCommand(InsertEventSql, transaction);
        TicketRows.Set(insert, "change_id", change);
        var stored = await CrmIdsAsync(connection, transaction, cancellationToken);
        var skipped = new List<string>();
        var imported = 0;
        foreach (var ticket in tickets)
        {
            var isNew = ticket.CrmId is null || !stored.Contains(ticket.CrmId);
            if (isNew && await ImportRowAsync(insert, insertEvent, ticket, actor, prepare: imported == 0, cancellationToken))
            {
                imported++;
                continue;
            }
            skipped.Add(ticket.CrmId!);
        }
        return new ImportOutcome(imported, skipped);
    }

    /// <summary>One imported ticket and its event through the reused statements; false when its CRM id was taken meanwhile.</summary>
    private static async Task<bool> ImportRowAsync(
        DbCommand insert, DbCommand insertEvent, Ticket ticket, string actor, bool prepare, CancellationToken cancellationToken)
    {
        TicketRows.SetParameters(insert, ticket);
        SetEvent(insertEvent, 0, new(0, 0, ticket.CreatedAt, actor, TicketChange.Imported, "crmId", null, ticket.CrmId, null));
        if (prepare)
        {
            // Parameters must be bound before preparing; the statements are then parsed once for all rows.
            await insert.PrepareAsync(cancellationToken);
            await insertEvent.PrepareAsync(cancellationToken);
        }
        if (await insert.ExecuteScalarAsync(cancellationToken) is not { } number || number is DBNull)
        {
            return false;
        }
        TicketRows.Set(insertEvent, "ticket_number", Convert.ToInt64(number));
        await insertEvent.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The new ticket with its events; when its intake key is already stored (a redelivered or second Create, possibly
    /// from another process that just committed it) the stored ticket instead, with nothing written.
    /// </summary>
    private async Task<TicketInsert> InsertTicketAsync(
        DbConnection connection, DbTransaction transaction, Ticket ticket, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken)
    {
        var change = await TicketChangeReads.NextAsync(connection, transaction, cancellationToken);
        await using var command = connection.CreateCommand(ticket.IntakeKey is null ? InsertSql : InsertOnceSql, transaction);
        TicketRows.SetParameters(command, ticket);
        TicketRows.Set(command, "change_id", change);
        if (await command.ExecuteScalarAsync(cancellationToken) is not { } number || number is DBNull)
        {
            var stored = await FindByIntakeKeyAsync(ticket.IntakeKey!, cancellationToken)
                ?? throw new InvalidOperationException("A ticket with this intake key was reported stored but cannot be read.");
            return new TicketInsert(stored, TicketInsertOutcome.Existing);
        }
        await InsertEventsAsync(connection, transaction, Convert.ToInt64(number), events, cancellationToken);
        return new TicketInsert(ticket with { Number = Convert.ToInt64(number), Version = 1 }, TicketInsertOutcome.Inserted);
    }

    private static async Task InsertEventsAsync(
        DbConnection connection, DbTransaction transaction, long number, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            await using var command = connection.CreateCommand(InsertEventSql, transaction);
            SetEvent(command, number, e);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<HashSet<string>> CrmIdsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("SELECT crm_id FROM tickets WHERE crm_id IS NOT NULL", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private static void SetEvent(DbCommand command, long number, TicketEvent e)
    {
        TicketRows.Set(command, "ticket_number", number);
        TicketRows.Set(command, "at", e.At.ToUniversalTime());
        TicketRows.Set(command, "actor", e.Actor);
        TicketRows.Set(command, "change", e.Change.Wire());
        TicketRows.Set(command, "field", e.Field);
        TicketRows.Set(command, "old_value", e.OldValue);
        TicketRows.Set(command, "new_value", e.NewValue);
        TicketRows.Set(command, "reason", e.Reason);
    }

    private Task<IReadOnlyList<Ticket>> QueryTicketsAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Ticket>>(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand(sql, transaction);
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var tickets = new List<Ticket>();
            while (await reader.ReadAsync(cancellationToken))
            {
                tickets.Add(TicketRows.Read(reader));
            }
            return tickets;
        }, cancellationToken);
}
