namespace OneJanitorial.Bot.Tickets;

/// <summary>The ticket stages of SOP Step 5.</summary>
public enum TicketStage
{
    NewSubmission,
    OpenTicket,
    ClientExtraService,
    ClientPendingClose,
    CancellingClientsForFixing,
    ClientSurveyInspectionCorrection,
    ClosedClientTicket,
}

/// <summary>
/// Stage names and allowed moves (SOP Step 5). Extra service, cancelling and survey/inspection tickets live on their
/// own board until pending close; every other ticket moves between New Submission and Open Ticket. Closing goes only
/// through the closure gate; a closed ticket reopens to its home stage.
/// </summary>
public static class TicketStages
{
    /// <summary>The stage as the SOP names it.</summary>
    public static string Name(this TicketStage stage) => stage switch
    {
        TicketStage.NewSubmission => "New Submission",
        TicketStage.OpenTicket => "Open Ticket",
        TicketStage.ClientExtraService => "Client Extra Service",
        TicketStage.ClientPendingClose => "Client Pending Close",
        TicketStage.CancellingClientsForFixing => "Cancelling Clients for Fixing",
        TicketStage.ClientSurveyInspectionCorrection => "Client Survey / Inspection Correction",
        TicketStage.ClosedClientTicket => "Closed Client Ticket",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The stage from its SOP name or its member name.</summary>
    public static bool TryParse(string? name, out TicketStage stage) => EnumNames.TryParse(name, Name, out stage);

    /// <summary>Where a new (or reopened) ticket of this type goes.</summary>
    public static TicketStage Home(TicketType type) => type switch
    {
        TicketType.ExtraService => TicketStage.ClientExtraService,
        TicketType.CancellingClient => TicketStage.CancellingClientsForFixing,
        TicketType.SurveyCorrection or TicketType.InspectionCorrection => TicketStage.ClientSurveyInspectionCorrection,
        _ => TicketStage.NewSubmission,
    };

    /// <summary>Stages a ticket of <paramref name="type"/> may move to from <paramref name="from"/> (closing excluded: use the gate).</summary>
    public static IReadOnlyList<TicketStage> AllowedMoves(TicketType type, TicketStage from)
    {
        var home = Home(type);
        if (from == TicketStage.ClosedClientTicket)
        {
            return [home];
        }
        IReadOnlyList<TicketStage> working = home == TicketStage.NewSubmission
            ? [TicketStage.NewSubmission, TicketStage.OpenTicket, TicketStage.ClientPendingClose]
            : [home, TicketStage.ClientPendingClose];
        return [.. working.Where(s => s != from)];
    }

    /// <summary>Null when the move is allowed, otherwise why not.</summary>
    public static string? CheckMove(TicketType type, TicketStage from, TicketStage to)
    {
        if (to == TicketStage.ClosedClientTicket)
        {
            return "Closing goes through the closure checklist (close the ticket instead of moving it).";
        }
        if (from == to)
        {
            return $"The ticket is already in {from.Name()}.";
        }
        var allowed = AllowedMoves(type, from);
        return allowed.Contains(to)
            ? null
            : $"A {type.Name()} ticket cannot move from {from.Name()} to {to.Name()}; allowed: {string.Join(", ", allowed.Select(Name))}.";
    }
}
