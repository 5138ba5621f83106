using System.Data.Common;
using System.Text.Json;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tickets;

/// <summary>Ticket ↔ row mapping shared by every statement of the store.</summary>
internal static class TicketRows
{
    public const string Columns =
        "number, crm_id, type, title, client, building, city, concern, cleaner, billing_price, priority, stage, create_date, " +
        "est_close_date, new_in_building, started_last_90_days, strike_number, bucket, department, owner, csr, source, " +
        "master_note, closure, created_at, updated_at, closed_at, version, time_zone, received_at, cleaner_email, " +
        "service_date, attachments_received, intake_key";

    /// <summary>Columns written on insert and update (all but number and version), each with its value.</summary>
    private static readonly (string Column, Func<Ticket, object?> Value)[] Writers =
    [
        ("crm_id", t => t.CrmId),
        ("type", t => t.Type.ToString()),
        ("title", t => t.Title),
        ("client", t => t.Client),
        ("building", t => t.Building),
        ("city", t => t.City),
        ("concern", t => t.Concern),
        ("cleaner", t => t.Cleaner),
        ("cleaner_key", t => CleanerKey(t.Cleaner)),
        ("billing_price", t => t.BillingPrice),
        ("priority", t => t.Priority.ToString()),
        ("stage", t => t.Stage.ToString()),
        ("create_date", t => t.CreateDate),
        ("est_close_date", t => t.EstCloseDate),
        ("new_in_building", t => t.NewInBuilding),
        ("started_last_90_days", t => t.StartedLast90Days),
        ("strike_number", t => t.StrikeNumber),
        ("counts_as_strike", t => t.Type.CountsAsServiceIssue()),
        ("bucket", t => t.Bucket?.ToString()),
        ("department", t => t.Department),
        ("owner", t => t.Owner),
        ("csr", t => t.Csr),
        ("source", t => t.Source?.ToString()),
        ("master_note", t => JsonSerializer.Serialize(t.Note, TicketsJsonContext.Default.MasterNote)),
        ("closure", t => JsonSerializer.Serialize(t.Closure, TicketsJsonContext.Default.TicketClosure)),
        ("created_at", t => t.CreatedAt.ToUniversalTime()),
        ("updated_at", t => t.UpdatedAt.ToUniversalTime()),
        ("closed_at", t => t.ClosedAt?.ToUniversalTime()),
        ("time_zone", t => t.TimeZone),
        ("received_at", t => t.ReceivedAt?.ToUniversalTime()),
        ("cleaner_email", t => t.CleanerEmail),
        ("service_date", t => t.ServiceDate),
        ("attachments_received", t => t.AttachmentsReceived),
        ("intake_key", t => t.IntakeKey),
    ];

    public static IReadOnlyList<string> Written { get; } = [.. Writers.Select(w => w.Column)];

    /// <summary>The key a cleaner's tickets are matched by: case and spacing do not matter.</summary>
    public static string CleanerKey(string cleaner) =>
        string.Join(' ', cleaner.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static void SetParameters(DbCommand command, Ticket ticket)
    {
        foreach (var (column, value) in Writers)
        {
            Set(command, column, value(ticket));
        }
    }

    /// <summary>Adds the parameter, or gives it a new value when the command is reused for the next row.</summary>
    public static void Set(DbCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
            return;
        }
        command.With(name, value);
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
        TimeZone = r.IsDBNull(28) ? null : r.GetString(28),
        ReceivedAt = r.IsDBNull(29) ? null : r.GetFieldValue<DateTimeOffset>(29),
        CleanerEmail = r.IsDBNull(30) ? null : r.GetString(30),
        ServiceDate = r.IsDBNull(31) ? null : r.GetFieldValue<DateOnly>(31),
        AttachmentsReceived = r.IsDBNull(32) ? null : r.GetBoolean(32),
        IntakeKey = r.IsDBNull(33) ? null : r.GetString(33),
    };

    public static TicketEvent ReadEvent(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetFieldValue<DateTimeOffset>(2), r.GetString(3), TicketChanges.FromWire(r.GetString(4)),
        r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8));
}
