using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// Starts and continues dialogs. Each turn loads the user's stack from <see cref="IStateStore"/> (key
/// <c>dialogs/{UserScopeKey}</c>), applies one step, saves it with the loaded ETag and only then sends the replies.
/// </summary>
public sealed partial class DialogRunner
{
    private readonly Dictionary<string, Dialog> _dialogs;
    private readonly IStateStore _store;
    private readonly ILogger<DialogRunner> _logger;

    private readonly Database? _database;
    private readonly DialogPresence? _presence;
    private readonly OfferedAction[] _offered;

    /// <param name="offered">Buttons other features offer on the engine's views (<see cref="ActionPlace.TypedText"/>).</param>
    /// <param name="database">
    /// The SQL database when the state store lives in it: each turn's writes (a ticket, the state) then commit together.
    /// </param>
    public DialogRunner(IEnumerable<Dialog> dialogs, IStateStore store, ILogger<DialogRunner> logger, Database? database = null, IEnumerable<OfferedAction>? offered = null)
    {
        _database = database;
        _presence = database?.Provider == DatabaseProvider.Sqlite ? new DialogPresence() : null;
        _dialogs = new Dictionary<string, Dialog>(StringComparer.Ordinal);
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new InvalidOperationException($"Two dialogs are registered with the id '{dialog.Id}'.");
            }
        }
        _store = store;
        _logger = logger;
        _offered = [.. offered ?? []];
        Verbs = [.. DialogActions.EngineVerbs, .. _dialogs.Values.SelectMany(d => d.Verbs).Distinct()];
    }

    /// <summary>Back, Cancel and every dialog's own verbs (two dialogs may share one: the pressed card's step says whose it is).</summary>
    public IReadOnlyCollection<Verb> Verbs { get; }

    public static string StateKey(IncomingTurn turn) => "dialogs/" + turn.UserScopeKey;

    /// <summary>
    /// Starts <paramref name="dialogId"/> for the turn's user and shows its first card. When that dialog is already in
    /// progress the user gets its current step back instead; another active dialog is resumed after this one ends.
    /// </summary>
    public Task<DialogStatus> BeginAsync(IncomingTurn turn, ITurnOutput output, string dialogId, CancellationToken cancellationToken) =>
        BeginAsync(turn, output, dialogId, null, cancellationToken);

    public Task<DialogStatus> BeginAsync(IncomingTurn turn, ITurnOutput output, string dialogId, JsonObject? options, CancellationToken cancellationToken)
    {
        var dialog = _dialogs.TryGetValue(dialogId, out var d) ? d : throw new ArgumentException($"No dialog is registered with id '{dialogId}'.", nameof(dialogId));
        return RunAsync(turn, output, async (session, ct) =>
        {
            if (session.Frames.Any(f => f.DialogId == dialog.Id))
            {
                await session.SayAsync($"You already have {dialog.Title} in progress; here is where you were (type **cancel** to stop it).", ct);
                await session.ShowAsync(ct);
                return;
            }
            await session.BeginAsync(dialog, options, ct);
        }, cancellationToken);
    }

    /// <summary>
    /// A button of a dialog card (one of <see cref="Verbs"/>), one of the words cancel/back/resume, or other text typed
    /// while a dialog is open (<see cref="IsOpenAsync"/>): the bot says what is open and what the text can go to.
    /// </summary>
    internal Task<DialogStatus> HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
        turn.Kind == TurnKind.ViewAction
            ? RunAsync(turn, output, (session, ct) => OnViewActionAsync(session, StepTokenOf(turn), ct), cancellationToken)
            : RunAsync(turn, output, (session, ct) => DialogCommands.Parse(turn.Text) is { } command
                ? OnCommandAsync(session, command, ct)
                : OnTypedTextAsync(session, turn.Text!.Trim(), ct), cancellationToken);

    /// <summary>Whether the turn's user has a dialog open: one state read, none on SQLite once read as closed (<see cref="DialogPresence"/>).</summary>
    internal async Task<bool> IsOpenAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        var key = StateKey(turn);
        if (_presence is null)
        {
            return await _store.ReadAsync(key, cancellationToken) is not null;
        }
        if (_presence.IsKnownClosed(key))
        {
            return false;
        }
        var version = _presence.Version;
        if (await _store.ReadAsync(key, cancellationToken) is not null)
        {
            return true;
        }
        _presence.ReadAbsent(key, version);
        return false;
    }

    private Task OnTypedTextAsync(DialogSession session, string text, CancellationToken cancellationToken) => session.IsActive
        ? session.OfferFreeTextAsync(text, OfferedAction.At(_offered, ActionPlace.TypedText), cancellationToken)
        : session.SayAsync("Nothing is in progress any more. Type your question again to ask the SOP.", cancellationToken);

    private async Task OnViewActionAsync(DialogSession session, string? token, CancellationToken cancellationToken)
    {
        if (token is not null && token != (session.IsActive ? session.CurrentToken : null) && await AnswerEndedAsync(session.Context, cancellationToken))
        {
            return;
        }
        if (token is null || !session.IsActive || !token.StartsWith(session.StackId + ":", StringComparison.Ordinal))
        {
            await session.SayAsync("That card is from something already finished or cancelled, so I left it alone. Type **help** to start something new.", cancellationToken);
            return;
        }
        if (token != session.CurrentToken)
        {
            // Also for Cancel: an old card may belong to a child that already finished, not to the active dialog.
            LogStaleCard(_logger, session.Active.Id);
            await session.SayAsync("That card is out of date; here is where you are now.", cancellationToken);
            await session.ShowAsync(cancellationToken);
            return;
        }
        session.ReplaceCards = true;
        var turn = session.Context.Turn;
        var step = turn.Is(DialogActions.CancelVerb) ? session.CancelActiveAsync(cancellationToken)
            : turn.Is(DialogActions.BackVerb) ? session.BackAsync(cancellationToken)
            : turn.Is(DialogActions.CancelAllVerb) ? session.CancelAllAsync(cancellationToken)
            : turn.Is(DialogActions.CancelLatestVerb) ? session.CancelLatestAsync(cancellationToken)
            : turn.Is(DialogActions.ResumeVerb) ? session.ShowAsync(cancellationToken)
            : turn.Is(DialogActions.NoteVerb) ? session.AddNoteAsync(turn.DataText(OfferedAction.TextKey), cancellationToken)
            : session.ContinueAsync(cancellationToken);
        await step;
    }

    /// <summary>A dialog that recognises the pressed card answers it as it did when the card was current.</summary>
    private async Task<bool> AnswerEndedAsync(DialogContext context, CancellationToken cancellationToken)
    {
        foreach (var dialog in _dialogs.Values)
        {
            if (await dialog.AnswerEndedAsync(context, cancellationToken))
            {
                return true;
            }
        }
        return false;
    }

    private static async Task OnCommandAsync(DialogSession session, DialogCommand command, CancellationToken cancellationToken)
    {
        if (!session.IsActive)
        {
            await session.SayAsync("Nothing is in progress. Type **help** to see what I can do.", cancellationToken);
            return;
        }
        var run = command switch
        {
            DialogCommand.Cancel => session.CancelCommandAsync(cancellationToken),
            DialogCommand.Back => session.BackAsync(cancellationToken),
            _ => session.ShowAsync(cancellationToken),
        };
        await run;
    }

    private async Task<DialogStatus> RunAsync(
        IncomingTurn turn, ITurnOutput output, Func<DialogSession, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var key = StateKey(turn);
        _presence?.Changing(key);
        try
        {
            return await RunLoadedAsync(key, turn, output, work, cancellationToken);
        }
        finally
        {
            _presence?.Changing(key);
        }
    }

    private async Task<DialogStatus> RunLoadedAsync(
        string key, IncomingTurn turn, ITurnOutput output, Func<DialogSession, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var item = await _store.ReadAsync(key, cancellationToken);
        var buffer = new BufferedTurnOutput();
        DialogSession session;
        bool saved;
        // Everything the step writes (e.g. the ticket of a Create) and the state save commit together or not at all.
        await using (var scope = _database?.BeginScope())
        {
            try
            {
                session = new DialogSession(_dialogs, new DialogContext(turn, buffer), item);
                var traced = TraceStep(session);
                await work(session, cancellationToken);
                if (!traced)
                {
                    TraceStep(session);
                }
            }
            catch (DialogStateException e)
            {
                LogUnreadableState(_logger, e);
                await _store.DeleteAsync(key, null, cancellationToken);
                await CommitAsync(scope, cancellationToken);
                await output.SendAsync(BotMessage.Plain("I couldn't pick up where you were after an update, so I cleared it. Please start again."), cancellationToken);
                return DialogStatus.Empty;
            }
            catch (DialogRenderException e)
            {
                // Nothing is saved: the user stays on the last step that could be shown.
                LogUnrenderableCard(_logger, e.DialogId, e);
                await output.SendAsync(BotMessage.Plain(UnrenderableNotice), cancellationToken);
                return item is null ? DialogStatus.Empty : DialogStatus.Waiting;
            }
            saved = !session.Changed || await TrySaveAsync(key, session, cancellationToken);
            if (saved)
            {
                await CommitAsync(scope, cancellationToken);
            }
        }
        if (!saved)
        {
            LogConcurrencyConflict(_logger);
            return await ReportConflictAsync(turn, output, cancellationToken);
        }
        await buffer.FlushAsync(output, cancellationToken);
        return session.Status;
    }

    /// <summary>
    /// Names the dialog and step the turn answered on the turn's span (tags onej.dialog, onej.dialog.step; never user
    /// text); a turn that opens the first dialog names the step it shows. False when no dialog is open.
    /// </summary>
    private static bool TraceStep(DialogSession session)
    {
        if (!session.IsActive)
        {
            return false;
        }
        Activity.Current?.SetTag("onej.dialog", session.Active.Id);
        Activity.Current?.SetTag("onej.dialog.step", StepNameOrNull(session));
        return true;
    }

    /// <summary>The step's name; an unreadable state is left for the turn itself to report.</summary>
    private static string? StepNameOrNull(DialogSession session)
    {
        try
        {
            return session.ActiveStepName;
        }
        catch (DialogStateException)
        {
            return null;
        }
    }

    private static Task CommitAsync(DatabaseScope? scope, CancellationToken cancellationToken) =>
        scope?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    private const string UnrenderableNotice =
        "I couldn't show that step: a value you entered can't be put on a card. Nothing was saved; " +
        "type **resume** to see your last step and check what you entered.";

    private async Task<bool> TrySaveAsync(string key, DialogSession session, CancellationToken cancellationToken)
    {
        try
        {
            if (session.IsActive)
            {
                var json = JsonSerializer.Serialize(session.ToStack(), DialogJsonContext.Default.DialogStack);
                await _store.WriteAsync(key, json, session.Item?.ETag, cancellationToken);
            }
            else if (session.Item is not null)
            {
                await _store.DeleteAsync(key, session.Item.ETag, cancellationToken);
            }
            return true;
        }
        catch (ConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Another turn of the same user (a second click, another device) saved first: show what is current now.</summary>
    private async Task<DialogStatus> ReportConflictAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        const string Notice = "That was already handled (a second click or another window), so I left it alone.";
        var session = new DialogSession(_dialogs, new DialogContext(turn, output), await _store.ReadAsync(StateKey(turn), cancellationToken));
        if (!session.IsActive)
        {
            await session.SayAsync(Notice, cancellationToken);
            return DialogStatus.Empty;
        }
        await session.SayAsync(Notice + " Here is where you are now:", cancellationToken);
        await session.ShowAsync(cancellationToken);
        return DialogStatus.Waiting;
    }

    private static string? StepTokenOf(IncomingTurn turn) =>
        turn.Data?[DialogActions.StepKey] is JsonValue v && v.TryGetValue<string>(out var token) ? token : null;

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Stale card submit for dialog {DialogId} answered with the current step")]
    private static partial void LogStaleCard(ILogger logger, string dialogId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Dialog state changed concurrently; the turn was not applied")]
    private static partial void LogConcurrencyConflict(ILogger logger);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Dialog {DialogId} rendered a card that cannot be serialized; the step was not saved")]
    private static partial void LogUnrenderableCard(ILogger logger, string dialogId, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Stored dialog state could not be read and was cleared")]
    private static partial void LogUnreadableState(ILogger logger, Exception exception);
}
