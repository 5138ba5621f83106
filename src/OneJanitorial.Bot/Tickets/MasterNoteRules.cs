namespace OneJanitorial.Bot.Tickets;

/// <summary>When in a ticket's life the master note is checked.</summary>
public enum MasterNotePhase
{
    /// <summary>Pinned immediately at creation: the issue and whether the checklist was verified (Step 1B).</summary>
    Create,

    /// <summary>
    /// A stored ticket's note being worked: values must be possible, nothing more is required (imported tickets start
    /// with an empty note; what a complete note needs is checked at close).
    /// </summary>
    Edit,

    /// <summary>Closure checklist: "Full documentation in pinned Master Note (all fields complete)".</summary>
    Close,
}

/// <summary>A master note field that is missing or holds an impossible value.</summary>
public sealed record MasterNoteProblem(MasterNoteField Field, string Message);

/// <summary>
/// SOP Step 4 validation. At close, every ticket needs the schedule, checklist, issue and solution; service-issue
/// tickets (the ones that are strikes) need all the cleaner-call fields too; the BCO link is needed for BCO tickets.
/// </summary>
public static class MasterNoteRules
{
    /// <summary>SOP: the distance "must be less than 45 minutes" — the note card flags it (it points at Bucket 1); saving is not refused.</summary>
    public const int MaxDistanceMinutes = 45;

    private static readonly MasterNoteField[] CreateFields = [MasterNoteField.ChecklistVerified, MasterNoteField.Issue];

    private static readonly MasterNoteField[] EveryTicketAtClose =
    [
        MasterNoteField.CleaningSchedule, MasterNoteField.ChecklistVerified, MasterNoteField.Issue, MasterNoteField.SolutionAndPrevention,
    ];

    public static IReadOnlyList<MasterNoteField> Required(TicketType type, MasterNotePhase phase)
    {
        if (phase == MasterNotePhase.Create)
        {
            return CreateFields;
        }
        if (phase == MasterNotePhase.Edit)
        {
            return [];
        }
        if (!type.CountsAsServiceIssue())
        {
            return EveryTicketAtClose;
        }
        return [.. Enum.GetValues<MasterNoteField>().Where(f => f != MasterNoteField.BcoTicketLink || type is TicketType.MoveToBco or TicketType.AlreadyBco)];
    }

    public static IReadOnlyList<MasterNoteProblem> Validate(MasterNote note, TicketType type, MasterNotePhase phase)
    {
        var problems = Required(type, phase)
            .Where(f => !note.IsFilled(f))
            .Select(f => new MasterNoteProblem(f, $"{f.Label()} is required."))
            .ToList();
        Range(problems, MasterNoteField.CleanerDistance, note.CleanerDistanceMinutes, 0, "minutes cannot be negative");
        Range(problems, MasterNoteField.BuildingCount, note.BuildingCount, 1, "must be at least 1");
        Range(problems, MasterNoteField.ServiceIssuesPast3Months, note.ServiceIssuesPast3Months, type.CountsAsServiceIssue() ? 1 : 0,
            "includes this issue, so it is at least 1");
        return problems;
    }

    private static void Range(List<MasterNoteProblem> problems, MasterNoteField field, int? value, int min, string message)
    {
        if (value < min)
        {
            problems.Add(new(field, $"{field.Label()}: {message}."));
        }
    }
}
