using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// The quick intake's three cards, for a phone: the inputs are the full intake's own (<see cref="IntakeTable"/>), and
/// each card's one choice is its submit buttons, so a card costs its typed inputs and one tap.
/// </summary>
public static class QuickIntakeCards
{
    public const int Cards = 3;

    /// <summary>Card 1: client and building; the buttons say how the report came in.</summary>
    public static IReadOnlyList<FormSpec<IntakeDraft>> ClientInputs { get; } = Pick(IntakeTable.Review(null), Client, Building, City);

    /// <summary>Card 2: the concern and what the client reported (the master note's Issue); the buttons answer Step 1B.</summary>
    public static IReadOnlyList<FormSpec<IntakeDraft>> ConcernInputs { get; } =
    [
        .. Pick(IntakeTable.Concern, IntakeFields.Concern, ConcernOther),
        .. Pick(IntakeTable.Note(1, TimeZoneInfo.Utc), Issue).Select(f => f with { Label = "What the client reported", Required = true }),
    ];

    /// <summary>Card 3: the cleaner facts the rules need; the buttons answer "already in BCO?" and create the ticket.</summary>
    public static IReadOnlyList<FormSpec<IntakeDraft>> CleanerInputs { get; } = Pick(IntakeTable.Cleaner, IntakeFields.Cleaner, CleanerStart, ContractStart, BillingPrice);

    /// <summary>The inputs a card's submit reads: its fields and the choice its buttons carry.</summary>
    public static IReadOnlyList<FormSpec<IntakeDraft>> Read(IntakeStep step) => step switch
    {
        IntakeStep.Review => [.. ClientInputs, .. Pick(IntakeTable.Concern, Source)],
        IntakeStep.Concern => [.. ConcernInputs, .. IntakeTable.Scope],
        _ => [.. CleanerInputs, .. Pick(IntakeTable.Cleaner, InBco)],
    };

    public static View Render(IntakeState state) => state.Step switch
    {
        IntakeStep.Review => Card(1, "Client and building", state, ClientInputs, "How did it come in?",
            [.. Sources.Select(s => Choice(s.Option.Title, TicketVerbs.QuickNext, Source, s.Option.Value))], first: true),
        IntakeStep.Concern => Card(2, "The concern", state, ConcernInputs, "In the client's checklist (Step 1B)?",
            [Choice("Yes, in scope", TicketVerbs.QuickNext, InScope, "yes"), Choice("Not in scope", TicketVerbs.QuickNext, InScope, "no")]),
        _ => Card(3, "The cleaner", state, CleanerInputs, "Cleaner already in BCO?",
            [Choice("No — create", TicketVerbs.QuickCreate, InBco, "no"), Choice("Yes — create", TicketVerbs.QuickCreate, InBco, "yes")]),
    };

    private static View Card(int number, string title, IntakeState state, IReadOnlyList<FormSpec<IntakeDraft>> inputs, string question, IReadOnlyList<ViewAction> choices, bool first = false)
    {
        var f = state.Fields();
        return new View($"Quick ticket: {title}")
        {
            Blocks =
            [
                new Paragraph($"Quick ticket · {number}/{Cards}") { Style = TextStyle.Caption },
                new Paragraph(title) { Style = TextStyle.Heading },
                .. f.FormError(),
                .. inputs.Render(f),
                new Paragraph(question) { Style = TextStyle.Strong },
                .. f.Error(ChoiceOf(number)) is { } error ? [new Paragraph(error) { Tone = Tone.Attention }] : Array.Empty<Block>(),
                new Buttons(choices),
            ],
            Actions = first ? [DialogActions.Cancel()] : [DialogActions.Back(), DialogActions.Cancel()],
        };
    }

    /// <summary>The input whose value a card's buttons carry (its error is shown above them).</summary>
    private static string ChoiceOf(int card) => card switch
    {
        1 => Source,
        2 => InScope,
        _ => InBco,
    };

    private static VerbAction Choice(string title, Verb verb, string input, string value) =>
        new(title, verb) { Payload = Payload.Of((input, value)), Intent = Intent.Primary };

    private static IReadOnlyList<FormSpec<IntakeDraft>> Pick(IEnumerable<FormSpec<IntakeDraft>> fields, params string[] ids) =>
        [.. ids.Select(id => fields.Single(f => f.Id == id))];
}
