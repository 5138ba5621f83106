using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Tickets;

/// <summary>Configuration section <c>Tickets</c>.</summary>
public sealed class TicketsOptions
{
    public const string SectionName = "Tickets";

    /// <summary>Owner when the city has no row in <see cref="Owners"/> (SOP Step 3: Team Structure sheet).</summary>
    [Required(AllowEmptyStrings = false)]
    public string DefaultOwner { get; set; } = "Main Ticket Board";

    /// <summary>City or region → ticket owner. Keys match the company's city, case-insensitively.</summary>
    public Dictionary<string, string> Owners { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Company holidays (yyyy-MM-dd): a ticket received on one is created on the next business day.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Business days from create date to the estimated close date (capped at 7 calendar days).</summary>
    [Range(1, 5)]
    public int EstCloseBusinessDays { get; set; } = 5;

    /// <summary>Business days to the estimated close date for Urgent tickets (solved same day, confirmed next).</summary>
    [Range(1, 5)]
    public int UrgentEstCloseBusinessDays { get; set; } = 1;
}
