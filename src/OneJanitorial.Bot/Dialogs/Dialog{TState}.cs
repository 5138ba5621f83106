using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// A dialog whose state is a serializable record (<typeparamref name="TState"/>, usually one record with a Step
/// field, or a polymorphic record family). The engine persists every state the dialog moves to, so "back" returns
/// to the previous one and a restarted bot resumes where the user was.
/// <list type="bullet">
/// <item><see cref="BeginAsync"/> returns the first state (<c>Next(state)</c>).</item>
/// <item><see cref="ContinueAsync"/> gets each submit of this dialog (validate, then <c>Next</c>, <c>Stay</c> with
/// errors, <c>BeginChild</c>, <c>Complete</c> or <c>Cancel</c>).</item>
/// <item><see cref="Render"/> turns a state into its view; the engine shows it after Next/Stay/back/resume.</item>
/// </list>
/// </summary>
public abstract class Dialog<TState>(JsonTypeInfo<TState> stateType) : Dialog
    where TState : class
{
    protected abstract Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken);

    protected abstract Task<DialogStep> ContinueAsync(DialogContext context, TState state, CancellationToken cancellationToken);

    /// <summary>A child started with <see cref="BeginChild"/> ended. By default the current step is shown again.</summary>
    protected virtual Task<DialogStep> ResumeAsync(DialogContext context, TState state, DialogResult child, CancellationToken cancellationToken) =>
        Task.FromResult(Stay(state));

    /// <summary>
    /// The state "back" returns to. By default the previous step exactly as it was; override to carry over what the user
    /// entered since (e.g. <c>current with { Step = previous.Step }</c>) so going back loses nothing.
    /// </summary>
    protected virtual TState Back(TState current, TState previous) => previous;

    /// <summary>The view for a state; the engine stamps a copy of it (see <see cref="DialogActions.StepKey"/>).</summary>
    protected abstract View Render(TState state);

    /// <summary>The step the user is on, said when typed text arrives mid-dialog; null says only the dialog's title.</summary>
    protected virtual DialogProgress? Progress(TState state) => null;

    /// <summary>The step a state is at as traces name it (tag onej.dialog.step): a fixed name such as an enum member, never user text.</summary>
    protected virtual string? StepName(TState state) => null;

    /// <summary>Typed text the user asked to keep (see <see cref="Dialog.NoteTarget"/>) added to the state; null when not taken.</summary>
    protected virtual TState? AddNote(TState state, string text) => null;

    /// <summary>Moves to a new step; "back" returns to the current one.</summary>
    protected DialogStep Next(TState state) => DialogStep.Next(Write(state));

    /// <summary>Replaces the current step's state (validation errors, edits) without adding a "back" step.</summary>
    protected DialogStep Stay(TState state) => DialogStep.Stay(Write(state));

    /// <summary>Starts another dialog on top; <see cref="ResumeAsync"/> receives its result with <paramref name="state"/>.</summary>
    protected DialogStep BeginChild(string dialogId, TState state, JsonObject? options = null) =>
        DialogStep.BeginChild(dialogId, Write(state), options);

    protected static DialogStep Complete(JsonObject? result = null) => DialogStep.Complete(result);

    protected static DialogStep Cancel() => DialogStep.Cancel();

    internal sealed override Task<DialogStep> BeginCoreAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken) =>
        BeginAsync(context, options, cancellationToken);

    internal sealed override Task<DialogStep> ContinueCoreAsync(DialogContext context, JsonElement state, CancellationToken cancellationToken) =>
        ContinueAsync(context, Read(state), cancellationToken);

    internal sealed override Task<DialogStep> ResumeCoreAsync(DialogContext context, JsonElement state, DialogResult child, CancellationToken cancellationToken) =>
        ResumeAsync(context, Read(state), child, cancellationToken);

    internal sealed override JsonElement BackCore(JsonElement current, JsonElement previous) =>
        Write(Back(Read(current), Read(previous)));

    internal sealed override View RenderCore(JsonElement state) => Render(Read(state));

    internal sealed override DialogProgress? ProgressCore(JsonElement state) => Progress(Read(state));

    internal sealed override string? StepNameCore(JsonElement state) => StepName(Read(state));

    internal sealed override JsonElement? AddNoteCore(JsonElement state, string text) =>
        AddNote(Read(state), text) is { } noted ? Write(noted) : null;

    private JsonElement Write(TState state) => JsonSerializer.SerializeToElement(state, stateType);

    private TState Read(JsonElement state)
    {
        try
        {
            return state.Deserialize(stateType) ?? throw new DialogStateException($"Dialog '{Id}' has an empty stored state.");
        }
        catch (JsonException e)
        {
            throw new DialogStateException($"Dialog '{Id}' cannot read its stored state.", e);
        }
    }
}
