using System.Data.Common;

namespace OneJanitorial.Bot.Tickets;

/// <summary>The ticket store on plain ADO.NET: the same statements on SQLite and PostgreSQL (see <see cref="TicketSqlDialect"/>).</summary>
public sealed class SqlTicketStore(TicketDatabase database) : ITicketStore
{
    private static readonly string InsertSql =
        $"INSERT INTO tickets ({string.Join(", ", TicketRows.Written)}, version) " +
        $"VALUES ({string.Join(", ", TicketRows.Written.Select(c => "@" + c))}, 1) RETURNING number";

    private static readonly string UpdateSql =
        $"UPDATE tickets SET {string.Join(", ", TicketRows.Written.Select(c => $"{c} = @{c}"))}, version = version + 1 " +
        "WHERE number = @number AND version = @version";

    private const string InsertEventSql =
        "INSERT INTO ticket_events (ticket_number, at, actor, change, field, old_value, new_value, reason) " +
        "VALUES (@ticket_number, @at, @actor, @change, @field, @old_value, @new_value, @reason)";

    public async Task<Ticket> InsertAsync(Ticket ticket, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = await InsertTicketAsync(connection, transaction, ticket, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<Ticket> UpdateAsync(Ticket ticket, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = Command(connection, transaction, UpdateSql);
        TicketRows.AddParameters(command, ticket);
        TicketRows.Add(command, "number", ticket.Number);
        TicketRows.Add(command, "version", ticket.Version);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new TicketConcurrencyException(ticket.Number);
        }
        await InsertEventsAsync(connection, transaction, ticket.Number, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ticket with { Version = ticket.Version + 1 };
    }

    public async Task<Ticket?> GetAsync(long number, CancellationToken cancellationToken)
    {
        var found = await QueryTicketsAsync($"SELECT {TicketRows.Columns} FROM tickets WHERE number = @number",
            c => TicketRows.Add(c, "number", number), cancellationToken);
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
            filters.ForEach(f => TicketRows.Add(c, f.Name, f.Value));
            TicketRows.Add(c, "limit", query.Limit);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<TicketEvent>> EventsAsync(long number, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT id, ticket_number, at, actor, change, field, old_value, new_value, reason FROM ticket_events WHERE ticket_number = @number ORDER BY id");
        TicketRows.Add(command, "number", number);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<TicketEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(TicketRows.ReadEvent(reader));
        }
        return events;
    }

    public async Task<CleanerHistory> CleanerHistoryAsync(string cleaner, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN counts_as_strike = @yes AND create_date >= @from AND create_date <= @to THEN 1 ELSE 0 END), 0) " +
            "FROM tickets WHERE cleaner_key = @cleaner");
        TicketRows.Add(command, "yes", true);
        TicketRows.Add(command, "from", from);
        TicketRows.Add(command, "to", to);
        TicketRows.Add(command, "cleaner", TicketRows.CleanerKey(cleaner));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CleanerHistory(Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1)));
    }

    public async Task<ImportOutcome> ImportAsync(IReadOnlyList<Ticket> tickets, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var skipped = new List<string>();
        foreach (var ticket in tickets)
        {
            if (ticket.CrmId is not null && await CrmIdExistsAsync(connection, transaction, ticket.CrmId, cancellationToken))
            {
                skipped.Add(ticket.CrmId);
                continue;
            }
            TicketEvent imported = new(0, 0, ticket.CreatedAt, actor, TicketChange.Imported, "crmId", null, ticket.CrmId, null);
            await InsertTicketAsync(connection, transaction, ticket, [imported], cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new ImportOutcome(tickets.Count - skipped.Count, skipped);
    }

    private static async Task<Ticket> InsertTicketAsync(
        DbConnection connection, DbTransaction transaction, Ticket ticket, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, InsertSql);
        TicketRows.AddParameters(command, ticket);
        var number = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
        await InsertEventsAsync(connection, transaction, number, events, cancellationToken);
        return ticket with { Number = number, Version = 1 };
    }

    private static async Task InsertEventsAsync(
        DbConnection connection, DbTransaction transaction, long number, IReadOnlyList<TicketEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            await using var command = Command(connection, transaction, InsertEventSql);
            TicketRows.Add(command, "ticket_number", number);
            TicketRows.Add(command, "at", e.At.ToUniversalTime());
            TicketRows.Add(command, "actor", e.Actor);
            TicketRows.Add(command, "change", e.Change);
            TicketRows.Add(command, "field", e.Field);
            TicketRows.Add(command, "old_value", e.OldValue);
            TicketRows.Add(command, "new_value", e.NewValue);
            TicketRows.Add(command, "reason", e.Reason);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<bool> CrmIdExistsAsync(DbConnection connection, DbTransaction transaction, string crmId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT COUNT(*) FROM tickets WHERE crm_id = @crm_id");
        TicketRows.Add(command, "crm_id", crmId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    private async Task<IReadOnlyList<Ticket>> QueryTicketsAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<Ticket>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tickets.Add(TicketRows.Read(reader));
        }
        return tickets;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
