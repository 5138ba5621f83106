using System.Data.Common;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// The change cursor of <see cref="SqlTicketStore"/>: each write takes the next value of <c>ticket_change_counter</c>
/// first (<see cref="TicketMigrations.AddChangeId"/>) and stamps the tickets it touches with it; readers select by it
/// (indexed) and read the selected tickets' events in one more statement.
/// </summary>
internal static class TicketChangeReads
{
    private const string NextSql = "UPDATE ticket_change_counter SET value = value + 1 WHERE id = 1 RETURNING value";

    /// <summary>The change the calling write stamps its tickets with; holds the counter row until the write's transaction ends.</summary>
    public static async Task<long> NextAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(NextSql, transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public static Task<ChangedTickets> ReadAsync(Database database, TicketChangeQuery query, CancellationToken cancellationToken)
    {
        if (query.Numbers.Count > TicketChangeQuery.MaxNumbers)
        {
            throw new ArgumentException($"At most {TicketChangeQuery.MaxNumbers} numbers per query.", nameof(query));
        }
        if (query.ChangedAfter is null && query.Numbers.Count == 0)
        {
            return Task.FromResult(new ChangedTickets([], Array.Empty<TicketEvent>().ToLookup(e => e.TicketNumber), null));
        }
        var where = Where(query);
        return database.ReadAsync(async (connection, transaction) =>
        {
            var tickets = new List<Ticket>();
            long? last = query.ChangedAfter;
            await using (var command = Bind(connection.CreateCommand(
                $"SELECT {TicketRows.Columns}, change_id FROM tickets t WHERE {where}", transaction), query))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                var changeColumn = reader.GetOrdinal("change_id");
                while (await reader.ReadAsync(cancellationToken))
                {
                    tickets.Add(TicketRows.Read(reader));
                    last = Math.Max(last ?? 0, reader.GetInt64(changeColumn));
                }
            }
            var events = tickets.Count == 0 ? [] : await EventsAsync(connection, transaction, where, query, cancellationToken);
            // A ticket changed between the two statements is read again next time (its change is after `last`).
            var read = tickets.Select(t => t.Number).ToHashSet();
            // Sorted here: an ORDER BY number would make SQLite walk the whole table in number order instead of the change index.
            tickets.Sort((a, b) => a.Number.CompareTo(b.Number));
            return new ChangedTickets(tickets, events.Where(e => read.Contains(e.TicketNumber)).ToLookup(e => e.TicketNumber), last);
        }, cancellationToken);
    }

    private static async Task<List<TicketEvent>> EventsAsync(
        DbConnection connection, DbTransaction? transaction, string where, TicketChangeQuery query, CancellationToken cancellationToken)
    {
        await using var command = Bind(connection.CreateCommand(
            "SELECT e.id, e.ticket_number, e.at, e.actor, e.change, e.field, e.old_value, e.new_value, e.reason " +
            $"FROM ticket_events e WHERE e.ticket_number IN (SELECT t.number FROM tickets t WHERE {where}) ORDER BY e.ticket_number, e.id", transaction), query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<TicketEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(TicketRows.ReadEvent(reader));
        }
        return events;
    }

    /// <summary>Only the selectors asked for are in the statement, so no parameter is ever an untyped null.</summary>
    private static string Where(TicketChangeQuery query)
    {
        var selectors = new List<string>();
        if (query.Numbers.Count > 0)
        {
            selectors.Add($"t.number IN ({string.Join(", ", query.Numbers.Select((_, i) => $"@n{i}"))})");
        }
        if (query.ChangedAfter is not null)
        {
            selectors.Add("t.change_id > @after");
        }
        return $"({string.Join(" OR ", selectors)}) AND (t.stage <> @closed OR t.closed_at > @closed_after)";
    }

    private static DbCommand Bind(DbCommand command, TicketChangeQuery query)
    {
        for (var i = 0; i < query.Numbers.Count; i++)
        {
            TicketRows.Set(command, $"n{i}", query.Numbers[i]);
        }
        if (query.ChangedAfter is { } after)
        {
            TicketRows.Set(command, "after", after);
        }
        TicketRows.Set(command, "closed", nameof(TicketStage.ClosedClientTicket));
        TicketRows.Set(command, "closed_after", query.ClosedAfter.ToUniversalTime());
        return command;
    }
}
