namespace OneJanitorial.Bot.Tickets;

/// <summary>What kind of change a history event records; stored by its <see cref="TicketChanges.Wire"/> name.</summary>
public enum TicketChange
{
    Created,
    Imported,

    /// <summary>A field of the ticket, its note or its closure changed ("note.why", "closure.review", "cleanerEmail").</summary>
    Field,

    /// <summary>The CSR overrode a computed value; the reason is kept.</summary>
    Override,

    Stage,
    Closed,

    /// <summary>A cleaner recap email went out: field "recap", new value = the address it was sent to.</summary>
    RecapSent,

    /// <summary>The client got a first answer (the reminders' 90-minute KPI is measured to it).</summary>
    ClientResponse,

    /// <summary>An attempt to reach the client on a Client Pending Close ticket.</summary>
    ClientAttempt,

    ReviewPosted,

    /// <summary>The next clean's exact local start (new value yyyy-MM-ddTHH:mm, in the ticket's zone).</summary>
    NextCleanStart,

    /// <summary>A reminder was done: field = the reminder kind, old value = the due instant acted on.</summary>
    ReminderDone,

    /// <summary>A reminder was snoozed: field = the reminder kind, old value = the due instant, new value = when it fires again.</summary>
    ReminderSnoozed,
}

public static class TicketChanges
{
    private static readonly Dictionary<TicketChange, string> Names =
        Enum.GetValues<TicketChange>().ToDictionary(c => c, c => string.Concat(c.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString())));

    private static readonly Dictionary<string, TicketChange> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The stored name: "created", "field", "recap-sent", "next-clean-start", …</summary>
    public static string Wire(this TicketChange change) => Names[change];

    /// <summary>The change a stored name stands for; the store writes only <see cref="Wire"/> names.</summary>
    public static TicketChange FromWire(string name) =>
        ByName.TryGetValue(name, out var change) ? change : throw new InvalidDataException($"Unknown ticket change '{name}' in the ticket history.");
}
