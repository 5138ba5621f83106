using System.Globalization;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// One due reminder of a ticket: the instant it is due, the wall-clock time the reader sees in the ticket's IANA zone,
/// and who gets it. <see cref="Key"/> (ticket, kind, due) is its identity: delivery records it before sending, so a
/// reminder is sent once. A scheduled huddle post is a reminder of no ticket (number 0) into <see cref="Channel"/>,
/// once per channel, local day and kind.
/// </summary>
public sealed record Reminder(long TicketNumber, ReminderKind Kind, DateTimeOffset DueUtc, DateTime DueLocal, string TimeZone, ReminderTarget Target)
{
    /// <summary>The team channel a huddle post goes to; null for a ticket's reminder.</summary>
    public string? Channel { get; init; }

    /// <summary>A scheduled huddle post (into <see cref="Channel"/>), not a ticket's reminder.</summary>
    public bool IsHuddlePost => Channel is not null;

    public string Key => !IsHuddlePost
        ? $"{TicketNumber}/{Kind.Name()}/{ReminderHistory.Stamp(DueUtc)}"
        : $"huddle/{Channel}/{DueLocal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{Kind.Name()}";

    /// <summary>Reads a <see cref="Key"/> back (a card's button carries it): the ticket, the kind and the due instant.</summary>
    public static bool TryParseKey(string? key, out (long Ticket, ReminderKind Kind, DateTimeOffset DueUtc) id)
    {
        id = default;
        var parts = key?.Split('/') ?? [];
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticket)
            || !ReminderKinds.TryParse(parts[1], out var kind)
            || !DateTimeOffset.TryParseExact(parts[2], "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var due))
        {
            return false;
        }
        id = (ticket, kind, due.ToUniversalTime());
        return true;
    }

    /// <summary>The reminder for <paramref name="due"/>, read in <paramref name="zone"/>.</summary>
    public static Reminder At(long ticket, ReminderKind kind, DateTimeOffset due, TimeZoneInfo zone, ReminderTarget target) =>
        new(ticket, kind, due.ToUniversalTime(), TimeZoneInfo.ConvertTime(due, zone).DateTime, zone.Id, target);
}
