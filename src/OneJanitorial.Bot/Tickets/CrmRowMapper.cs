using System.Buffers;
using System.Globalization;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// Turns one CRM export row into a ticket, or says which value is wrong; a value quoted in the reason is
/// <see cref="VisibleText"/>, as the reason goes to the operator's terminal.
/// </summary>
internal static class CrmRowMapper
{
    public static (Ticket? Ticket, string? Reason) ToTicket(CrmRow row, TicketRuleSettings settings, DateTimeOffset now)
    {
        var empty = TicketCsvImporter.RequiredColumns.FirstOrDefault(c => row.Get(c).Length == 0);
        if (empty is not null)
        {
            return (null, $"{empty} is empty");
        }
        if (!CrmRow.TryDate(row.Get("create_date"), out var create))
        {
            return (null, $"create_date '{VisibleText.Strip(row.Get("create_date"))}' is not {DateText.Format}");
        }
        if (!TicketTypes.TryParse(row.Get("ticket_type"), out var type))
        {
            return (null, $"ticket_type '{VisibleText.Strip(row.Get("ticket_type"))}' is not one of: {string.Join(", ", TicketTypes.All.Select(t => t.Name()))}");
        }
        if (!TicketStages.TryParse(row.Get("stage"), out var stage))
        {
            return (null, $"stage '{VisibleText.Strip(row.Get("stage"))}' is not a SOP stage (e.g. Open Ticket, Closed Client Ticket)");
        }
        if (!Enum.TryParse<TicketPriority>(row.Get("priority"), true, out var priority) || !Enum.IsDefined(priority))
        {
            return (null, $"priority '{VisibleText.Strip(row.Get("priority"))}' is not Low, Medium, High or Urgent");
        }
        if (TextProblem(row) is { } textProblem)
        {
            return (null, textProblem);
        }
        return Optional(row, settings, now, create, type, stage, priority);
    }

    private static (Ticket?, string?) Optional(CrmRow row, TicketRuleSettings settings, DateTimeOffset now, DateOnly create, TicketType type, TicketStage stage, TicketPriority priority)
    {
        if (!TryPrice(row.Get("billing_price"), out var price))
        {
            return (null, $"billing_price '{VisibleText.Strip(row.Get("billing_price"))}' is not {MoneyText.Format}");
        }
        var source = row.Get("source");
        TicketSource parsedSource = default;
        if (source.Length > 0 && !IntakeNames.TryParseSource(source, out parsedSource))
        {
            return (null, $"source '{VisibleText.Strip(source)}' is not Email, Form or Phone");
        }
        var email = CleanerEmails.Normalize(row.Get("cleaner_email"));
        var (estClose, estReason) = Date(row, "est_close_date", create.AddDays(TicketDatesRule.MaxDaysToClose));
        var (closed, closedReason) = Date(row, "closed_date", null);
        estReason ??= BeforeCreate(row, "est_close_date", estClose, create);
        closedReason ??= BeforeCreate(row, "closed_date", closed, create);
        if ((estReason ?? closedReason ?? EmailProblem(email)) is { } reason)
        {
            return (null, reason);
        }
        var city = row.Get("city");
        return (new Ticket
        {
            CrmId = row.Get("ticket_id"),
            Type = type,
            Title = Or(row.Get("title"), TicketTitle.Format(type, row.Get("company"), row.Get("concern"), row.Get("cleaner"), price)),
            Client = row.Get("company"),
            Building = Or(row.Get("building"), row.Get("company")),
            City = city,
            Concern = row.Get("concern"),
            Cleaner = row.Get("cleaner"),
            BillingPrice = price,
            Priority = priority,
            Stage = stage,
            CreateDate = create,
            EstCloseDate = estClose!.Value,
            StrikeNumber = StrikeFromType(type),
            Owner = Or(row.Get("owner"), TicketRules.Owner(city, settings)),
            Source = source.Length > 0 ? parsedSource : null,
            CleanerEmail = email,
            CreatedAt = now,
            UpdatedAt = now,
            ClosedAt = closed is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        }, null);
    }

    /// <summary>
    /// The first text column with a control character other than tab and line break (PostgreSQL refuses NUL in text,
    /// which would fail the whole import's transaction), or over its <see cref="FieldLimits"/>, as the intake cards refuse it.
    /// </summary>
    private static string? TextProblem(CrmRow row) =>
        new[] { "ticket_id", "company", "building", "city", "concern", "cleaner", "owner", "title", "cleaner_email" }
            .Select(c => (Column: c, Value: row.Get(c)))
            .Select(c => ControlProblem(c.Column, c.Value) ?? (FieldLimits.Problem(Limit(c.Column), c.Value) is { } problem ? $"{c.Column}: {problem}" : null))
            .FirstOrDefault(p => p is not null);

    private static readonly SearchValues<char> ControlChars =
        SearchValues.Create([.. Enumerable.Range(0, 32).Select(i => (char)i).Where(c => c is not '\t' and not '\n' and not '\r')]);

    private static string? ControlProblem(string column, string value) =>
        value.AsSpan().IndexOfAny(ControlChars) is var at and >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{column} contains a control character (U+{(int)value[at]:X4}) at character {at + 1}")
            : null;

    private static string Limit(string column) => column switch
    {
        "company" => "client",
        "cleaner_email" => "cleanerEmail",
        _ => column,
    };

    /// <summary>The export has no strike number; the type implies it (NC 1st, R1 2nd, Move to BCO 3rd+).</summary>
    private static int StrikeFromType(TicketType type) => type switch
    {
        TicketType.R1 => 2,
        TicketType.MoveToBco or TicketType.AlreadyBco => 3,
        _ when type.CountsAsServiceIssue() => 1,
        _ => 0,
    };

    private static string? EmailProblem(string? email) =>
        email is not null && !CleanerEmails.IsValid(email) ? $"cleaner_email {CleanerEmails.Problem(VisibleText.Strip(email))}" : null;

    private static (DateOnly?, string?) Date(CrmRow row, string column, DateOnly? fallback)
    {
        var value = row.Get(column);
        if (value.Length == 0)
        {
            return (fallback, null);
        }
        return CrmRow.TryDate(value, out var date) ? (date, null) : (null, $"{column} '{VisibleText.Strip(value)}' is not {DateText.Format}");
    }

    private static string? BeforeCreate(CrmRow row, string column, DateOnly? date, DateOnly create) =>
        date < create ? $"{column} '{VisibleText.Strip(row.Get(column))}' is before create_date '{VisibleText.Strip(row.Get("create_date"))}'" : null;

    private static bool TryPrice(string value, out decimal price)
    {
        var parsed = MoneyText.Parse(value);
        price = parsed ?? 0;
        return value.Length == 0 || parsed is not null;
    }

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;
}
