using System.Globalization;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets;

/// <summary>A CSV row that cannot be imported, and why.</summary>
public sealed record ImportReject(int Line, string Reason);

/// <summary>
/// Reads tickets exported from the CRM (columns in <see cref="RequiredColumns"/> and <see cref="OptionalColumns"/>; header names are matched
/// case-insensitively, in any order, extra columns ignored). Every row is checked; the caller imports nothing
/// when any row is rejected.
/// </summary>
public static class TicketCsvImporter
{
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["ticket_id", "create_date", "ticket_type", "stage", "priority", "company", "concern", "cleaner"];

    public static IReadOnlyList<string> OptionalColumns { get; } =
        ["building", "city", "billing_price", "owner", "source", "est_close_date", "closed_date", "title", "cleaner_email"];

    public static (IReadOnlyList<Ticket> Tickets, IReadOnlyList<ImportReject> Rejects) Parse(TextReader csv, TicketRuleSettings settings, DateTimeOffset now)
    {
        var (records, malformed) = CsvRecords.Read(csv);
        var tickets = new List<Ticket>();
        var rejects = new List<ImportReject>(malformed);
        if (records.Count == 0)
        {
            return (tickets, rejects.Count > 0 ? rejects : [new ImportReject(1, "the file is empty (expected a header row)")]);
        }
        // A malformed header row is not among the records: the first record would be data.
        var header = malformed.Any(m => m.Line <= records[0].Line) ? null : Header(records[0], rejects);
        if (header is null)
        {
            return (tickets, rejects);
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            var row = new CrmRow(record, header);
            var (ticket, reason) = CrmRowMapper.ToTicket(row, settings, now);
            if (ticket is not null && !seen.Add(ticket.CrmId!))
            {
                reason = $"ticket_id '{VisibleText.Strip(ticket.CrmId!)}' appears more than once in the file";
                ticket = null;
            }
            if (ticket is null)
            {
                rejects.Add(new ImportReject(row.Line, reason!));
            }
            else
            {
                tickets.Add(ticket);
            }
        }
        return (tickets, [.. rejects.OrderBy(r => r.Line)]);
    }

    private static Dictionary<string, int>? Header(CsvRecord record, List<ImportReject> rejects)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < record.Fields.Count; i++)
        {
            header.TryAdd(record.Fields[i].Trim(), i);
        }
        var missing = RequiredColumns.Where(c => !header.ContainsKey(c)).ToList();
        if (missing.Count == 0)
        {
            return header;
        }
        rejects.Add(new ImportReject(record.Line, $"header is missing column(s): {string.Join(", ", missing)}"));
        return null;
    }
}

/// <summary>One data row with access by column name.</summary>
internal sealed class CrmRow(CsvRecord record, IReadOnlyDictionary<string, int> header)
{
    public int Line => record.Line;

    public string Get(string column) =>
        header.TryGetValue(column, out var i) && i < record.Fields.Count ? record.Fields[i].Trim() : "";

    public static bool TryDate(string value, out DateOnly date)
    {
        var parsed = DateText.Parse(value);
        date = parsed ?? default;
        return parsed is not null;
    }
}
