using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;
using OneJanitorial.Bot.Dialogs;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The Step 1 / 1B intake views: initial review, service issue or update, checklist verification, the 3A path, cleaner facts.</summary>
public static class IntakeCards
{
    public const int StepCount = 10;

    public static View Review(IntakeState state) => Card(1, "Step 1 — Initial review", state,
    [
        new Paragraph("Client and building from the ticket on the Main Ticket Board.") { Style = TextStyle.Muted },
        .. Inputs(state),
    ]);

    public static View Concern(IntakeState state) => Card(2, "Step 1 — The concern", state, Inputs(state));

    public static View Category(IntakeState state) => Card(3, "Service issue or client update?", state,
    [
        new Paragraph("Service issue: something wrong with our service and the client had to reach out. Client update: news about their services (not a complaint).") { Style = TextStyle.Caption },
        .. Inputs(state),
    ]);

    public static View Scope(IntakeState state) => Card(4, "Step 1B — Verify against the checklist", state,
    [
        new Paragraph("Before calling the cleaner: pull the client's checklist / scope of work.") { Style = TextStyle.Strong },
        .. Inputs(state),
    ]);

    public static View OutOfScope(IntakeState state) => Card(4, "Not in scope — Bucket 3A", state,
    [
        new Paragraph("Do NOT call the cleaner yet.") { Style = TextStyle.Heading, Tone = Tone.Attention },
        new Paragraph("Go back to the client: confirm the task is not on their checklist (Process 5A)."),
        .. Inputs(state),
    ]);

    public static View Cleaner(IntakeState state) => Card(5, "Cleaner facts (CRM)", state, Inputs(state));

    /// <summary>The inputs of the state's step (<see cref="IntakeTable.Step"/>), as the CSR left them.</summary>
    public static IEnumerable<Block> Inputs(IntakeState state) => IntakeTable.Step(state).Render(state.Fields());

    /// <summary>A step: heading with progress, the form-level error, the inputs, then Next / Back / Cancel.</summary>
    public static View Card(int number, string title, IntakeState state, IEnumerable<Block> body, IReadOnlyList<ViewAction>? actions = null) => new($"New ticket: {title}")
    {
        Blocks =
        [
            new Paragraph($"New ticket · {number}/{StepCount}") { Style = TextStyle.Caption },
            new Paragraph(title) { Style = TextStyle.Heading },
            .. state.Fields().FormError(),
            .. body,
        ],
        Actions = [.. actions ?? [Next("Next")], DialogActions.Back(), DialogActions.Cancel()],
    };

    public static VerbAction Next(string title) => new(title, TicketVerbs.IntakeNext) { Intent = Intent.Primary };
}
