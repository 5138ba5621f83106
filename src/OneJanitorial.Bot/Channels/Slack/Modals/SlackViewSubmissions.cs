using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack.Modals;

/// <summary>
/// <c>view_submission</c> and <c>view_closed</c> of the bot's modals. A submit is one turn of the core, run while Slack
/// waits (its answer is the modal's next state): the next step as <c>response_action: update</c>, field errors on
/// the same step as <c>response_action: errors</c> keyed by block_id, or <c>clear</c> when the dialog ended; other
/// replies follow as stored work in the modal's conversation (the created ticket for all, notes for the user alone). The dialog state is saved by
/// the core before the answer, so a modal whose answer Slack never got shows the current step on its next submit.
/// Closing a modal keeps the dialog where it was (it resumes with <c>resume</c> or the same command); its Cancel
/// button cancels it. The submit is held in the inbox while it runs, until its follow-ups are stored: after a crash in
/// between (the dialog saved, the follow-up not), the inbox runs it again and the core's answer to the repeated
/// submit ("Ticket N created", same N) is posted. The same submit again (Slack's retry, the user pressing again after
/// Slack showed an error) is not run while its first delivery is unfinished — that one still stores the follow-ups,
/// or the stale-claim sweep runs it —, and the user is told to try again in a moment instead of seeing it succeed;
/// once the first is done, it is answered by the core as the dialog now stands (the same ticket, or the current step).
/// A submit is a turn of its modal's conversation like any other (<see cref="SlackConversationGate"/>), so it never races
/// a message turn of that conversation on the dialog state, on this instance or another: it waits for the turn before it
/// only within <see cref="GateWaitLimit"/> of Slack's 3 seconds, and when that turn is not done by then, the form gets
/// <see cref="BusyNote"/> and the held submit is run by the worker after that turn (<see cref="ResumeAsync"/>).
/// </summary>
public sealed class SlackViewSubmissions(
    ConversationBot bot,
    SlackModalStore modals,
    SlackInbox inbox,
    SlackFollowUps followUps,
    SlackMessageFormatter formatter,
    SlackConversationGate gate,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SlackViewSubmissions> logger)
{
    public const string StillSavingNote =
        "Still saving what you submitted a moment ago: nothing is lost, and it won't be done twice. Close this and press the button again in a minute.";

    /// <summary>
    /// A turn that threw may have saved part of its work first (e.g. a ticket committed before a later step failed),
    /// so the user is told to check where the form stands rather than that nothing was saved.
    /// </summary>
    public const string FailedNote =
        "Sorry, something went wrong on my side, and part of what you submitted may already be saved. Before you submit it again, run the same command again (or DM me *resume*) to see where it stands; /ticket lists your tickets, including one just created.";

    /// <summary>
    /// The conversation's earlier turn (on any instance) did not end within <see cref="GateWaitLimit"/>: the submit is
    /// run once it has, and its answer is gone by then, so the user comes back for the next step.
    /// </summary>
    public const string BusyNote =
        "I'm still finishing an earlier message in this conversation. What you submitted is kept and won't be done twice: close this and press the button again in a minute to go on.";

    /// <summary>
    /// Slack waits 3 s for a submit's answer: the submit waits for its conversation's earlier turn only until this long
    /// after it came in, so its own turn and the answer's way back have the rest.
    /// </summary>
    public static readonly TimeSpan GateWaitLimit = TimeSpan.FromSeconds(2);

    public const string ClosedNote =
        "Closed the form; what you submitted is saved. Run the same command again (or DM me *resume*) to continue, or *cancel* to drop it.";

    public async Task<SlackAck> SubmitAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        if (SlackTurnMapper.ModalOf(payload) is not { } sent)
        {
            return SlackAck.Empty;
        }
        var held = SlackClaim.For(new SlackWork(WorkId(payload), SlackWorkKind.Submission, payload.ToJsonString(), clock.GetUtcNow()));
        var hold = await inbox.HoldAsync(held, cancellationToken);
        if (hold == SlackHold.Pending)
        {
            Log.SubmissionPending(logger, held.Work.Id);
            return Push("One moment", StillSavingNote);
        }
        await using var entered = await gate.TryEnterAsync(sent.Channel, held.Work.ReceivedAt + GateWaitLimit, cancellationToken);
        if (entered is null)
        {
            return Defer(held, hold);
        }
        if (hold == SlackHold.Held && !await inbox.TryRenewAsync(held, cancellationToken))
        {
            Log.ClaimLost(logger, held.Work.Kind, held.Work.Id); // taken on as stale meanwhile: that claim runs it
            return Push("One moment", StillSavingNote);
        }
        var (ack, outcome) = await RunAsync(payload, sent, cancellationToken);
        // A turn that failed is told to the user by the answer itself and recorded as failed, not as done.
        if (hold == SlackHold.Held && !await (outcome == SlackWorkOutcome.Done
            ? inbox.MarkDoneAsync(held, CancellationToken.None) : inbox.MarkFailedAsync(held, CancellationToken.None)))
        {
            Log.ClaimLost(logger, held.Work.Kind, held.Work.Id);
        }
        return ack;
    }

    /// <summary>The inbox id a submit is held under: the modal's view id and hash, the same for Slack's retries of it.</summary>
    public static string WorkId(JsonObject payload) => $"submit:{SlackTurnMapper.Str(payload, "view", "id")}:{SlackTurnMapper.Str(payload, "view", "hash")}";

    /// <summary>A notice shown over the form (<c>response_action: push</c>): going back shows the form as the user left it.</summary>
    public static SlackAck Push(string title, string text) =>
        new(new JsonObject { ["response_action"] = "push", ["view"] = SlackModals.Notice(title, text) });

    /// <summary>
    /// Runs a held submit that its instance left unfinished or left to the worker (<see cref="BusyNote"/>), taken on by
    /// <see cref="SlackInboxWorker"/>, which holds its claim and marks it done or failed by the outcome: it enters its
    /// conversation as a message turn does (not free now: <see cref="SlackWorkOutcome.Busy"/>, run again shortly; once in,
    /// it renews <paramref name="claim"/>, and one taken meanwhile is <see cref="SlackWorkOutcome.Lost"/>, not run), Slack
    /// stopped waiting long ago, only its follow-ups count, and a failure is told to the user by the worker.
    /// </summary>
    public async Task<SlackWorkOutcome> ResumeAsync(SlackClaim claim, JsonObject payload, CancellationToken cancellationToken)
    {
        if (SlackTurnMapper.ModalOf(payload) is not { } sent)
        {
            return SlackWorkOutcome.Done;
        }
        await using var entered = await gate.TryEnterNowAsync(sent.Channel, cancellationToken);
        if (entered is null)
        {
            return SlackWorkOutcome.Busy;
        }
        if (!await inbox.TryRenewAsync(claim, cancellationToken))
        {
            return SlackWorkOutcome.Lost;
        }
        return (await RunAsync(payload, sent, cancellationToken)).Outcome;
    }

    /// <summary>
    /// The conversation was not free in time: a submit held here is left to the worker, which runs it once after the
    /// earlier turn (<see cref="ResumeAsync"/>); one done before (pressed again) needs nothing more. Either way Slack gets
    /// <see cref="BusyNote"/> over the form rather than an error, and nothing is lost or doubled.
    /// </summary>
    private SlackAck Defer(SlackClaim held, SlackHold hold)
    {
        if (hold == SlackHold.Held)
        {
            inbox.Requeue(held);
        }
        Log.SubmissionDeferred(logger, held.Work.Id, GateWaitLimit.TotalSeconds);
        return Push("One moment", BusyNote);
    }

    /// <summary>Runs the submit (the conversation held) and answers with the modal's next state.</summary>
    private async Task<(SlackAck Ack, SlackWorkOutcome Outcome)> RunAsync(JsonObject payload, SlackModalMetadata sent, CancellationToken cancellationToken)
    {
        var (viewId, hash) = (SlackTurnMapper.Str(payload, "view", "id"), SlackTurnMapper.Str(payload, "view", "hash"));
        var metadata = await modals.CurrentAsync(viewId, hash, cancellationToken) ?? sent;
        if (SlackTurnMapper.FromViewSubmission(payload, metadata, clock.GetUtcNow()) is not { } turn)
        {
            return (SlackAck.Empty, SlackWorkOutcome.Done);
        }
        var captured = new CapturingTurnOutput();
        if (await TryRunAsync(turn.Turn, captured, cancellationToken) is var outcome and not SlackWorkOutcome.Done)
        {
            return (Update(SlackModals.Notice("Sorry", FailedNote)), outcome);
        }
        return (await AnswerAsync(captured.Messages, turn.Turn.User.Id, viewId, hash, metadata, cancellationToken), SlackWorkOutcome.Done);
    }

    /// <summary>Stores the turn's other replies as follow-ups and answers with the modal's next state.</summary>
    private async Task<SlackAck> AnswerAsync(
        IReadOnlyList<BotMessage> messages, string user, string? viewId, string? hash, SlackModalMetadata metadata, CancellationToken cancellationToken)
    {
        var (modal, rest) = Split(messages);
        // A message with a view (the created ticket) is for the conversation; a text alone is a note for the user.
        await followUps.AcceptAsync($"{viewId}:{hash}", new SlackReplyTarget(metadata.Channel, user), rest.Where(m => m.Views.Count > 0).SelectMany(formatter.Format), cancellationToken);
        await followUps.AcceptAsync($"{viewId}:{hash}:notes", new SlackReplyTarget(metadata.Channel, user) { Ephemeral = true }, rest.Where(m => m.Views.Count == 0).SelectMany(formatter.Format), cancellationToken);
        if (modal is null)
        {
            await modals.ForgetAsync(viewId, cancellationToken);
            return new SlackAck(new JsonObject { ["response_action"] = "clear" });
        }
        var next = SlackModals.Build(modal, metadata.Channel);
        if (SlackModals.Errors(modal) is { } errors && SlackModals.Shape(modal) == metadata.Shape && viewId is not null && hash is not null)
        {
            await modals.RememberAsync(viewId, hash, next["private_metadata"]!.GetValue<string>(), cancellationToken);
            return new SlackAck(new JsonObject { ["response_action"] = "errors", ["errors"] = errors });
        }
        await modals.ForgetAsync(viewId, cancellationToken);
        return Update(next);
    }

    /// <summary>The dialog stays where it was; the user is told how to go on.</summary>
    public async Task<SlackAck> CloseAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var viewId = SlackTurnMapper.Str(payload, "view", "id");
        if (SlackTurnMapper.ModalOf(payload) is { } metadata && SlackTurnMapper.Str(payload, "user", "id") is { } user)
        {
            await modals.ForgetAsync(viewId, cancellationToken);
            await followUps.AcceptAsync($"{viewId}:closed", new SlackReplyTarget(metadata.Channel, user) { Ephemeral = true }, [new SlackMessageContent(ClosedNote)], cancellationToken);
        }
        return SlackAck.Empty;
    }

    /// <summary>
    /// Runs the turn: a storage outage is thrown on (the hold stays pending); over its timeout or a peer's HTTP failure is
    /// <see cref="SlackWorkOutcome.Retry"/>, any other failure (a bug, bad data) <see cref="SlackWorkOutcome.Failed"/>.
    /// </summary>
    private async Task<SlackWorkOutcome> TryRunAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await bot.OnTurnAsync(turn, output, linked.Token);
            return SlackWorkOutcome.Done;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && !StorageFaults.IsOutage(e))
        {
            Log.SubmissionFailed(logger, e);
            return e is OperationCanceledException or HttpRequestException ? SlackWorkOutcome.Retry : SlackWorkOutcome.Failed;
        }
    }

    /// <summary>The last view that belongs in the modal, and every other reply without it.</summary>
    private static (View? Modal, IReadOnlyList<BotMessage> Others) Split(IReadOnlyList<BotMessage> messages)
    {
        var modal = messages.SelectMany(m => m.Views).LastOrDefault(v => SlackModals.Wants(v, inModal: true));
        var rest = messages
            .Select(m => m with { Views = [.. m.Views.Where(v => !SlackModals.Wants(v, inModal: true))] })
            .Where(m => m.Text is not null || m.Views.Count > 0)
            .ToList();
        return (modal, rest);
    }

    private static SlackAck Update(JsonObject view) => new(new JsonObject { ["response_action"] = "update", ["view"] = view });
}
