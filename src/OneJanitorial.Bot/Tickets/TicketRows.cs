using System.Data.Common;
using System.Text.Json;

namespace OneJanitorial.Bot.Tickets;

/// <summary>Ticket ↔ row mapping shared by every statement of the store.</summary>
internal static class TicketRows
{
    public const string Columns =
        "number, crm_id, type, title, client, building, city, concern, cleaner, billing_price, priority, stage, create_date, " +
        "est_close_date, new_in_building, started_last_90_days, strike_number, bucket, department, owner, csr, source, " +
        "master_note, closure, created_at, updated_at, closed_at, version";

    /// <summary>Columns written on insert and update (all but number and version), with their parameters.</summary>
    public static readonly string[] Written =
    [
        "crm_id", "type", "title", "client", "building", "city", "concern", "cleaner", "cleaner_key", "billing_price", "priority",
        "stage", "create_date", "est_close_date", "new_in_building", "started_last_90_days", "strike_number", "counts_as_strike",
        "bucket", "department", "owner", "csr", "source", "master_note", "closure", "created_at", "updated_at", "closed_at",
    ];

    /// <summary>The key a cleaner's tickets are matched by: case and spacing do not matter.</summary>
    public static string CleanerKey(string cleaner) =>
        string.Join(' ', cleaner.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static void AddParameters(DbCommand command, Ticket t)
    {
        object?[] values =
        [
            t.CrmId, t.Type.ToString(), t.Title, t.Client, t.Building, t.City, t.Concern, t.Cleaner, CleanerKey(t.Cleaner),
            t.BillingPrice, t.Priority.ToString(), t.Stage.ToString(), t.CreateDate, t.EstCloseDate, t.NewInBuilding,
            t.StartedLast90Days, t.StrikeNumber, t.Type.CountsAsServiceIssue(), t.Bucket?.ToString(), t.Department, t.Owner, t.Csr,
            t.Source?.ToString(), JsonSerializer.Serialize(t.Note, TicketsJsonContext.Default.MasterNote),
            JsonSerializer.Serialize(t.Closure, TicketsJsonContext.Default.TicketClosure), t.CreatedAt.ToUniversalTime(),
            t.UpdatedAt.ToUniversalTime(), t.ClosedAt?.ToUniversalTime(),
        ];
        for (var i = 0; i < Written.Length; i++)
        {
            Add(command, Written[i], values[i]);
        }
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public static Ticket Read(DbDataReader r) => new()
    {
        Number = r.GetInt64(0),
        CrmId = r.IsDBNull(1) ? null : r.GetString(1),
        Type = Enum.Parse<TicketType>(r.GetString(2)),
        Title = r.GetString(3),
        Client = r.GetString(4),
        Building = r.GetString(5),
        City = r.GetString(6),
        Concern = r.GetString(7),
        Cleaner = r.GetString(8),
        BillingPrice = r.GetDecimal(9),
        Priority = Enum.Parse<TicketPriority>(r.GetString(10)),
        Stage = Enum.Parse<TicketStage>(r.GetString(11)),
        CreateDate = r.GetFieldValue<DateOnly>(12),
        EstCloseDate = r.GetFieldValue<DateOnly>(13),
        NewInBuilding = r.GetBoolean(14),
        StartedLast90Days = r.GetBoolean(15),
        StrikeNumber = r.GetInt32(16),
        Bucket = r.IsDBNull(17) ? null : Enum.Parse<IssueBucket>(r.GetString(17)),
        Department = r.GetString(18),
        Owner = r.GetString(19),
        Csr = r.IsDBNull(20) ? null : r.GetString(20),
        Source = r.IsDBNull(21) ? null : Enum.Parse<TicketSource>(r.GetString(21)),
        Note = JsonSerializer.Deserialize(r.GetString(22), TicketsJsonContext.Default.MasterNote) ?? new(),
        Closure = JsonSerializer.Deserialize(r.GetString(23), TicketsJsonContext.Default.TicketClosure) ?? new(),
        CreatedAt = r.GetFieldValue<DateTimeOffset>(24),
        UpdatedAt = r.GetFieldValue<DateTimeOffset>(25),
        ClosedAt = r.IsDBNull(26) ? null : r.GetFieldValue<DateTimeOffset>(26),
        Version = r.GetInt32(27),
    };

    public static TicketEvent ReadEvent(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetFieldValue<DateTimeOffset>(2), r.GetString(3), r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8));
}
