namespace OneJanitorial.Bot.Tickets;

/// <summary>A stored ticket: the "About this Ticket" fields, the pinned master note and the closure checklist.</summary>
public sealed record Ticket
{
    /// <summary>Sequential ticket number ("ticket 42"); 0 until stored.</summary>
    public long Number { get; init; }

    /// <summary>The CRM's ticket id for imported tickets.</summary>
    public string? CrmId { get; init; }

    public required TicketType Type { get; init; }
    public required string Title { get; init; }
    public required string Client { get; init; }
    public required string Building { get; init; }
    public required string City { get; init; }
    public required string Concern { get; init; }
    public required string Cleaner { get; init; }
    public decimal BillingPrice { get; init; }
    public TicketPriority Priority { get; init; }
    public TicketStage Stage { get; init; }
    public DateOnly CreateDate { get; init; }
    public DateOnly EstCloseDate { get; init; }
    public bool NewInBuilding { get; init; }
    public bool StartedLast90Days { get; init; }
    public int StrikeNumber { get; init; }
    public IssueBucket? Bucket { get; init; }
    public string Department { get; init; } = TicketRules.Department;
    public required string Owner { get; init; }

    /// <summary>The CSR who created or works the ticket (chat user id or name).</summary>
    public string? Csr { get; init; }

    public TicketSource? Source { get; init; }
    public MasterNote Note { get; init; } = new();
    public TicketClosure Closure { get; init; } = new();
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The client's IANA time zone (dates and the follow-up call are stated in it); null on imported tickets.</summary>
    public string? TimeZone { get; init; }

    /// <summary>When the client reported the issue; null on imported tickets.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>Where the cleaner recap goes.</summary>
    public string? CleanerEmail { get; init; }

    /// <summary>The date of the service affected (Step 1); null on imported tickets.</summary>
    public DateOnly? ServiceDate { get; init; }

    /// <summary>Whether supporting attachments came with the report (Step 1); null when unknown.</summary>
    public bool? AttachmentsReceived { get; init; }

    /// <summary>
    /// The intake submit that created the ticket (dialog instance and step), unique in the store: creating again with
    /// the same key returns this ticket. Null for imported tickets and those created outside a dialog.
    /// </summary>
    public string? IntakeKey { get; init; }

    /// <summary>Optimistic concurrency: each stored change increments it.</summary>
    public int Version { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsClosed => Stage == TicketStage.ClosedClientTicket;
}
