namespace OneJanitorial.Bot.Tickets;

/// <summary>The ten ticket types of SOP Step 2.</summary>
public enum TicketType
{
    ClientUpdate,
    ExtraService,
    FirstTwoWeeks,
    NewConcern,
    R1,
    MoveToBco,
    AlreadyBco,
    SurveyCorrection,
    CancellingClient,
    InspectionCorrection,
}

/// <summary>Names, badges and classes of the ticket types, exactly as SOP Step 2 writes them.</summary>
public static class TicketTypes
{
    public static IReadOnlyList<TicketType> All { get; } = Enum.GetValues<TicketType>();

    public static string Name(this TicketType type) => Label(type).Name;

    public static string Badge(this TicketType type) => Label(type).Badge;

    /// <summary>
    /// Whether a ticket of this type is a strike against the cleaner (a service issue in the 3-month count).
    /// Client updates, extra services and cancellation notices are not complaints about the cleaner's work.
    /// </summary>
    public static bool CountsAsServiceIssue(this TicketType type) =>
        type is not (TicketType.ClientUpdate or TicketType.ExtraService or TicketType.CancellingClient);

    /// <summary>Recurring-issue tickets (SOP "R1/R2"): the 2nd or later strike, which need the extra closure details.</summary>
    public static bool IsRecurring(this TicketType type) =>
        type is TicketType.R1 or TicketType.MoveToBco or TicketType.AlreadyBco;

    /// <summary>The type from its SOP name or its member name.</summary>
    public static bool TryParse(string? name, out TicketType type) => EnumNames.TryParse(name, Name, out type);

    private static (string Name, string Badge) Label(TicketType type) => type switch
    {
        TicketType.ClientUpdate => ("Client Update", "Update"),
        TicketType.ExtraService => ("Extra Service", "Extra"),
        TicketType.FirstTwoWeeks => ("First Two Weeks", "New"),
        TicketType.NewConcern => ("New Concern", "NC"),
        TicketType.R1 => ("R1", "R1"),
        TicketType.MoveToBco => ("Move to BCO", "BCO"),
        TicketType.AlreadyBco => ("Already BCO", "BCO+"),
        TicketType.SurveyCorrection => ("Survey Correction under 7", "Survey"),
        TicketType.CancellingClient => ("Cancelling Client", "Cancel"),
        TicketType.InspectionCorrection => ("Inspection Correction", "Inspect"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
