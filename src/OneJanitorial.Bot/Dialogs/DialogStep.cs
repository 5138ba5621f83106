using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Dialogs;

internal enum DialogStepKind
{
    Next,
    Stay,
    BeginChild,
    Complete,
    Cancel,
}

/// <summary>
/// What a dialog decided on a turn. Built by the helpers on <see cref="Dialog{TState}"/>:
/// <c>Next(state)</c>, <c>Stay(state)</c>, <c>BeginChild(id, state)</c>, <c>Complete()</c>, <c>Cancel()</c>.
/// </summary>
public sealed record DialogStep
{
    private DialogStep(DialogStepKind kind) => Kind = kind;

    internal DialogStepKind Kind { get; }
    internal JsonElement State { get; private init; }
    internal string? ChildId { get; private init; }
    internal JsonObject? Payload { get; private init; }

    internal static DialogStep Next(JsonElement state) => new(DialogStepKind.Next) { State = state };

    internal static DialogStep Stay(JsonElement state) => new(DialogStepKind.Stay) { State = state };

    internal static DialogStep BeginChild(string childId, JsonElement state, JsonObject? options) =>
        new(DialogStepKind.BeginChild) { ChildId = childId, State = state, Payload = options };

    internal static DialogStep Complete(JsonObject? result) => new(DialogStepKind.Complete) { Payload = result };

    internal static DialogStep Cancel() => new(DialogStepKind.Cancel);
}
