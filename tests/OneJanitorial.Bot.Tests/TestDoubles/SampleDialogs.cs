using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>State of <see cref="SupplyOrderDialog"/>: one record, the step says which card is showing.</summary>
public sealed record SupplyOrderState(string Step, string? Building = null, string? NeededBy = null, int? Quantity = null, string? Note = null, string? Error = null);

public sealed record NoteState(string? Error = null);

[JsonSerializable(typeof(SupplyOrderState))]
[JsonSerializable(typeof(NoteState))]
internal sealed partial class SampleDialogJsonContext : JsonSerializerContext;

/// <summary>A three-step sample dialog (building and date, quantity with an optional note child, confirm) used to test the engine.</summary>
public sealed class SupplyOrderDialog() : Dialog<SupplyOrderState>(SampleDialogJsonContext.Default.SupplyOrderState)
{
    public const string DialogId = "sample.supply";
    public override string Id => DialogId;
    public override string Title => "the supply order";
    public override IReadOnlyCollection<Verb> Verbs => [new("supply.next"), new("supply.note"), new("supply.place")];

    protected override Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken) =>
        Task.FromResult(Next(new SupplyOrderState("where", Building: options?["building"]?.GetValue<string>())));

    protected override async Task<DialogStep> ContinueAsync(DialogContext context, SupplyOrderState state, CancellationToken cancellationToken)
    {
        switch (state.Step)
        {
            case "where":
                var building = context.Text("building");
                var date = context.Text("neededBy");
                var valid = building is not null && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                return valid
                    ? Next(new SupplyOrderState("quantity", building, date, state.Quantity, state.Note))
                    : Stay(state with { Building = building, NeededBy = date, Error = "Pick a building and a date (yyyy-MM-dd)." });
            case "quantity" when context.Turn.Verb == "supply.note":
                return BeginChild(NoteDialog.DialogId, state with { Error = null });
            case "quantity":
                return int.TryParse(context.Text("quantity"), CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 50
                    ? Next(state with { Step = "confirm", Quantity = n, Error = null })
                    : Stay(state with { Error = "Quantity must be 1 to 50." });
            default:
                await context.Output.SendAsync(BotMessage.Plain($"Order placed: {state.Quantity} cases for {state.Building}."), cancellationToken);
                return Complete(new JsonObject { ["quantity"] = state.Quantity });
        }
    }

    protected override Task<DialogStep> ResumeAsync(DialogContext context, SupplyOrderState state, DialogResult child, CancellationToken cancellationToken) =>
        Task.FromResult(Stay(child.Status == DialogStatus.Complete ? state with { Note = child.Value?["note"]?.GetValue<string>() } : state));

    protected override SupplyOrderState Back(SupplyOrderState current, SupplyOrderState previous) =>
        current with { Step = previous.Step, Error = null };

    protected override View Render(SupplyOrderState state) => Card(state);

    /// <summary>Public so the card contract test can export every step's view.</summary>
    public static View Card(SupplyOrderState state) => new($"Supply order: {state.Step}")
    {
        Blocks = [new Paragraph($"Supply order: {state.Step}") { Style = TextStyle.Strong }, .. Fields(state),
            .. state.Error is null ? Array.Empty<Block>() : [new Paragraph(state.Error) { Tone = Tone.Attention }]],
        Actions = [.. Buttons(state), DialogActions.Back(), DialogActions.Cancel()],
    };

    private static IEnumerable<Block> Fields(SupplyOrderState state) => state.Step switch
    {
        "where" =>
        [
            new FormField("building", FieldKind.Choice, "Which building?") { Options = [new Option("North Tower", "north"), new Option("South Plaza", "south")], Value = state.Building, Required = true },
            new FormField("neededBy", FieldKind.Date, "Needed by") { Value = state.NeededBy, Required = true },
        ],
        "quantity" =>
        [
            new FormField("quantity", FieldKind.Number, "How many cases?") { Min = 1, Max = 50, Required = true },
            new Paragraph($"Note: {state.Note ?? "none"}"),
        ],
        _ => [new Facts([new Fact("Building", state.Building ?? ""), new Fact("Needed by", state.NeededBy ?? ""), new Fact("Cases", $"{state.Quantity}")])],
    };

    private static IEnumerable<ViewAction> Buttons(SupplyOrderState state) => state.Step switch
    {
        "quantity" => [new VerbAction("Next", new("supply.next")), new VerbAction("Add note", new("supply.note"))],
        "confirm" => [new VerbAction("Place order", new("supply.place"))],
        _ => [new VerbAction("Next", new("supply.next"))],
    };
}

/// <summary>A one-card child dialog that returns {"note": text}.</summary>
public sealed class NoteDialog() : Dialog<NoteState>(SampleDialogJsonContext.Default.NoteState)
{
    public const string DialogId = "sample.note";
    public override string Id => DialogId;
    public override string Title => "the note";
    public override IReadOnlyCollection<Verb> Verbs => [new("note.save")];

    protected override Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken) =>
        Task.FromResult(Next(new NoteState()));

    protected override Task<DialogStep> ContinueAsync(DialogContext context, NoteState state, CancellationToken cancellationToken) =>
        Task.FromResult(context.Text("note") is { } note
            ? Complete(new JsonObject { ["note"] = note })
            : Stay(new NoteState("Type a note.")));

    protected override View Render(NoteState state) => Card(state);

    public static View Card(NoteState state) => new("Add a note")
    {
        Blocks = [new Paragraph("Add a note") { Style = TextStyle.Strong }, new FormField("note", FieldKind.Text, "Note") { Required = true, Error = state.Error }],
        Actions = [new VerbAction("Save", new("note.save")), DialogActions.Cancel()],
    };
}

/// <summary>Starts the sample dialogs from text: "order supplies" and "take a note".</summary>
public sealed class SampleDialogStarter(DialogRunner runner) : ChatFeature
{
    public override bool ClaimsText(IncomingTurn turn) => turn.Text is "order supplies" or "take a note";

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
        runner.BeginAsync(turn, output, turn.Text == "take a note" ? NoteDialog.DialogId : SupplyOrderDialog.DialogId, cancellationToken);
}
