using System.Text.Json;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// A registered dialog. Derive from <see cref="Dialog{TState}"/>; this untyped base is what the
/// <see cref="DialogRunner"/> stores and calls. Dialogs are singletons: all per-user state is in the step state.
/// </summary>
public abstract class Dialog
{
    /// <summary>Stable id, stored with the user's state (renaming it abandons dialogs in progress).</summary>
    public abstract string Id { get; }

    /// <summary>
    /// The verbs of this dialog's own buttons (Back and Cancel are the engine's). A press of one goes to the engine,
    /// which hands it to the dialog whose step the card was shown for.
    /// </summary>
    public abstract IReadOnlyCollection<Verb> Verbs { get; }

    /// <summary>Shown to the user, e.g. "Cancelled new ticket."</summary>
    public virtual string Title => Id;

    /// <summary>
    /// A card of this dialog was pressed after its step is gone (the dialog ended, or moved on): answer it as the step
    /// already did, e.g. a redelivered Create with the ticket it made. Return false to let the engine say the card is
    /// out of date. Must not change anything.
    /// </summary>
    /// <summary>What typed text mid-dialog can be added to (e.g. "the ticket's Issue"); null when the dialog takes no notes.</summary>
    public virtual string? NoteTarget => null;

    protected internal virtual Task<bool> AnswerEndedAsync(DialogContext context, CancellationToken cancellationToken) => Task.FromResult(false);

    internal abstract Task<DialogStep> BeginCoreAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken);

    internal abstract Task<DialogStep> ContinueCoreAsync(DialogContext context, JsonElement state, CancellationToken cancellationToken);

    internal abstract Task<DialogStep> ResumeCoreAsync(DialogContext context, JsonElement state, DialogResult child, CancellationToken cancellationToken);

    internal abstract JsonElement BackCore(JsonElement current, JsonElement previous);

    internal abstract View RenderCore(JsonElement state);

    internal abstract DialogProgress? ProgressCore(JsonElement state);

    internal abstract string? StepNameCore(JsonElement state);

    /// <summary>The state with <paramref name="text"/> added to the <see cref="NoteTarget"/>; null when there is none.</summary>
    internal abstract JsonElement? AddNoteCore(JsonElement state, string text);
}
