using System.Text.Json;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>One turn's working copy of a user's dialog stack: applies dialog steps and shows the current view.</summary>
internal sealed class DialogSession
{
    private readonly IReadOnlyDictionary<string, Dialog> _dialogs;
    private readonly List<DialogFrame> _frames;
    private DialogResult? _lastResult;

    public DialogSession(IReadOnlyDictionary<string, Dialog> dialogs, DialogContext context, StoredItem? item)
    {
        _dialogs = dialogs;
        Context = context;
        Item = item;
        var stack = item is null ? null : Parse(item);
        StackId = stack?.Id ?? Guid.NewGuid().ToString("N")[..12];
        Sequence = stack?.Sequence ?? 0;
        _frames = [.. stack?.Frames ?? []];
    }

    public DialogContext Context { get; }
    public StoredItem? Item { get; }
    public string StackId { get; }
    public long Sequence { get; }
    public bool Changed { get; private set; }

    /// <summary>Views replace the pressed one (a submit of the current step) instead of arriving as new messages.</summary>
    public bool ReplaceCards { get; set; }

    public bool IsActive => _frames.Count > 0;
    public string CurrentToken => $"{StackId}:{Sequence}";
    public IReadOnlyList<DialogFrame> Frames => _frames;
    public Dialog Active => Find(_frames[^1].DialogId);

    /// <summary>The active dialog's step as traces name it (<see cref="Dialog{TState}.StepName"/>).</summary>
    public string? ActiveStepName => Active.StepNameCore(_frames[^1].States[^1]);

    public DialogStatus Status => IsActive ? DialogStatus.Waiting : _lastResult?.Status ?? DialogStatus.Empty;

    public DialogStack ToStack() => new(StackId, Sequence + 1, _frames);

    public Dialog Find(string dialogId) =>
        _dialogs.TryGetValue(dialogId, out var dialog) ? dialog : throw new DialogStateException($"No dialog is registered with id '{dialogId}'.");

    public async Task BeginAsync(Dialog dialog, JsonObject? options, CancellationToken cancellationToken)
    {
        Changed = true;
        _frames.Add(new DialogFrame(dialog.Id, []));
        await ApplyAsync(await dialog.BeginCoreAsync(Context, options, cancellationToken), cancellationToken);
    }

    public async Task ContinueAsync(CancellationToken cancellationToken)
    {
        var step = await Active.ContinueCoreAsync(Context, _frames[^1].States[^1], cancellationToken);
        await ApplyAsync(step, cancellationToken);
    }

    public async Task BackAsync(CancellationToken cancellationToken)
    {
        var top = _frames[^1];
        if (top.States.Count < 2)
        {
            await SayAsync("You're at the first step.", cancellationToken);
            await ShowAsync(cancellationToken);
            return;
        }
        Changed = true;
        var previous = Active.BackCore(top.States[^1], top.States[^2]);
        _frames[^1] = top with { States = [.. top.States.SkipLast(2), previous] };
        await ShowAsync(cancellationToken);
    }

    public async Task CancelActiveAsync(CancellationToken cancellationToken)
    {
        await SayAsync($"Cancelled {Active.Title}.", cancellationToken);
        await ApplyAsync(DialogStep.Cancel(), cancellationToken);
    }

    /// <summary>Typed "cancel": ends everything open, or asks which when two separate dialogs are open.</summary>
    public Task CancelCommandAsync(CancellationToken cancellationToken) =>
        TaskStarts.Count > 1
            ? SendViewAsync(DialogPrompts.CancelWhich(Describe(TaskStarts[^1]), Describe(TaskStarts[^2]), Token), cancellationToken)
            : CancelAllAsync(cancellationToken);

    public async Task CancelAllAsync(CancellationToken cancellationToken)
    {
        var titles = Enumerable.Reverse(TaskStarts).Select(i => Find(_frames[i].DialogId).Title);
        await SayAsync($"Cancelled {string.Join(" and ", titles)}.", cancellationToken);
        EndFrom(0);
    }

    /// <summary>Ends the newest dialog (with the dialogs it started) and offers the older one, never resuming it unasked.</summary>
    public async Task CancelLatestAsync(CancellationToken cancellationToken)
    {
        var start = TaskStarts[^1];
        await SayAsync($"Cancelled {Find(_frames[start].DialogId).Title}.", cancellationToken);
        EndFrom(start);
        if (IsActive)
        {
            await SendViewAsync(DialogPrompts.StillOpen(Describe(TaskStarts[^1]), Token), cancellationToken);
        }
    }

    /// <summary>Typed text no command claimed: says what is open and offers to keep the text, ask it, or resume.</summary>
    public Task OfferFreeTextAsync(string text, IEnumerable<VerbAction> offered, CancellationToken cancellationToken) =>
        SendViewAsync(DialogPrompts.FreeText(Describe(TaskStarts[^1]), text, Active.NoteTarget, offered, Token), cancellationToken);

    public async Task AddNoteAsync(string? text, CancellationToken cancellationToken)
    {
        var noted = string.IsNullOrWhiteSpace(text) ? null : Active.AddNoteCore(_frames[^1].States[^1], text.Trim());
        if (noted is not { } state)
        {
            await SayAsync($"Nothing was added: {Active.NoteTarget ?? "this step"} has no room for that text. Here is where you are.", cancellationToken);
            await ShowAsync(cancellationToken);
            return;
        }
        await SayAsync($"Added to {Active.NoteTarget}.", cancellationToken);
        await ApplyAsync(DialogStep.Stay(state), cancellationToken);
    }

    /// <summary>Shows the active dialog's current step.</summary>
    public Task ShowAsync(CancellationToken cancellationToken)
    {
        var view = DialogViewStamp.Apply(Active.RenderCore(_frames[^1].States[^1]), Token);
        EnsureRenderable(view);
        return SendViewAsync(view, cancellationToken);
    }

    /// <summary>The step token of views shown this turn: the sequence the stack is saved with.</summary>
    private string Token => Changed ? $"{StackId}:{Sequence + 1}" : CurrentToken;

    private Task SendViewAsync(View view, CancellationToken cancellationToken) => ReplaceCards
        ? Context.Output.ReplaceCardAsync(view, cancellationToken)
        : Context.Output.SendAsync(BotMessage.WithView(view), cancellationToken);

    /// <summary>The first frame of each open task: a dialog the user started, with the child dialogs it started above it.</summary>
    private List<int> TaskStarts => [.. Enumerable.Range(0, _frames.Count).Where(i => i == 0 || !_frames[i - 1].WaitingForChild)];

    /// <summary>"the new ticket, step 3 of 10 (…)": the task's dialog and where its top frame is.</summary>
    private string Describe(int taskStart)
    {
        var end = TaskStarts.FirstOrDefault(i => i > taskStart, _frames.Count) - 1;
        var progress = Find(_frames[end].DialogId).ProgressCore(_frames[end].States[^1]);
        var title = Find(_frames[taskStart].DialogId).Title;
        return progress is null ? title : $"{title}, {progress}";
    }

    private void EndFrom(int start)
    {
        _lastResult = new DialogResult(_frames[start].DialogId, DialogStatus.Cancelled, null);
        _frames.RemoveRange(start, _frames.Count - start);
        Changed = true;
    }

    /// <summary>A view a channel cannot draw must not be saved as the step to resume, or every resume fails again.</summary>
    private void EnsureRenderable(View view)
    {
        if (ViewTree.Unknown(view) is { } block)
        {
            throw new DialogRenderException(Active.Id, new NotSupportedException($"No channel renders a {block.GetType().Name}."));
        }
    }

    public Task SayAsync(string text, CancellationToken cancellationToken) =>
        Context.Output.SendAsync(BotMessage.Plain(text), cancellationToken);

    private async Task ApplyAsync(DialogStep step, CancellationToken cancellationToken)
    {
        while (true)
        {
            Changed = true;
            var top = _frames[^1];
            switch (step.Kind)
            {
                case DialogStepKind.Next:
                    _frames[^1] = top with { States = [.. top.States, step.State] };
                    await ShowAsync(cancellationToken);
                    return;
                case DialogStepKind.Stay:
                    _frames[^1] = top with { States = [.. top.States.SkipLast(1), step.State] };
                    await ShowAsync(cancellationToken);
                    return;
                case DialogStepKind.BeginChild:
                    _frames[^1] = top with { States = [.. top.States.SkipLast(1), step.State], WaitingForChild = true };
                    var child = Find(step.ChildId!);
                    _frames.Add(new DialogFrame(child.Id, []));
                    step = await child.BeginCoreAsync(Context, step.Payload, cancellationToken);
                    continue;
                default:
                    var next = await PopAsync(top, step, cancellationToken);
                    if (next is null)
                    {
                        return;
                    }
                    step = next;
                    continue;
            }
        }
    }

    /// <summary>Ends the top dialog; returns the parent's reaction when it was waiting for this child.</summary>
    private async Task<DialogStep?> PopAsync(DialogFrame top, DialogStep step, CancellationToken cancellationToken)
    {
        _frames.RemoveAt(_frames.Count - 1);
        var status = step.Kind == DialogStepKind.Complete ? DialogStatus.Complete : DialogStatus.Cancelled;
        _lastResult = new DialogResult(top.DialogId, status, step.Payload);
        if (_frames.Count == 0)
        {
            return null;
        }
        var parent = _frames[^1];
        if (!parent.WaitingForChild && status == DialogStatus.Cancelled)
        {
            // A cancel never drops the user into an older dialog unasked.
            await SendViewAsync(DialogPrompts.StillOpen(Describe(TaskStarts[^1]), Token), cancellationToken);
            return null;
        }
        if (!parent.WaitingForChild)
        {
            // The finished dialog interrupted this one; pick up where the user left it.
            await SayAsync($"Back to {Active.Title}:", cancellationToken);
            await ShowAsync(cancellationToken);
            return null;
        }
        _frames[^1] = parent with { WaitingForChild = false };
        return await Find(parent.DialogId).ResumeCoreAsync(Context, parent.States[^1], _lastResult, cancellationToken);
    }

    private static DialogStack Parse(StoredItem item)
    {
        try
        {
            return JsonSerializer.Deserialize(item.Json, DialogJsonContext.Default.DialogStack)
                ?? throw new DialogStateException($"Empty dialog stack at '{item.Key}'.");
        }
        catch (JsonException e)
        {
            throw new DialogStateException($"Unreadable dialog stack at '{item.Key}'.", e);
        }
    }
}
