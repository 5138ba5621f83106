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

    /// <summary>Shows the active dialog's current step.</summary>
    public async Task ShowAsync(CancellationToken cancellationToken)
    {
        var token = Changed ? $"{StackId}:{Sequence + 1}" : CurrentToken;
        var view = DialogViewStamp.Apply(Active.RenderCore(_frames[^1].States[^1]), token);
        EnsureRenderable(view);
        if (ReplaceCards)
        {
            await Context.Output.ReplaceCardAsync(view, cancellationToken);
            return;
        }
        await Context.Output.SendAsync(BotMessage.WithView(view), cancellationToken);
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
