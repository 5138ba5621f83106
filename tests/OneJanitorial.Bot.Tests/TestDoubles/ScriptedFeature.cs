using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A chat feature for channel tests: "echo …" replies with the text, verb <see cref="ReplaceVerb"/> replaces
/// the card, verb <see cref="ReplaceHalfVerb"/> replaces it with <see cref="LongView"/> and then goes on as "half" does after
/// its first answer, verb <see cref="EchoVerb"/> echoes the card data, "wait" (or <see cref="WaitVerb"/>) blocks until <see cref="Release"/>,
/// "boom" throws, "long" answers <see cref="LongView"/> (several Slack pages) and then <see cref="LongEnd"/>, "half" answers
/// <see cref="FirstHalf"/>, then runs <see cref="BetweenHalves"/> (by default waits for <see cref="Release"/>), then answers
/// <see cref="SecondHalf"/>. It records every turn it handled.
/// </summary>
public sealed class ScriptedFeature : ChatFeature
{
    public static readonly Verb ReplaceVerb = new("test.replace");
    public static readonly Verb ReplaceHalfVerb = new("test.replacehalf");
    public static readonly Verb EchoVerb = new("test.echo");
    public static readonly Verb WaitVerb = new("test.wait");
    public static readonly View LongView = new("Long answer") { Blocks = [.. Enumerable.Range(1, 120).Select(i => new Paragraph($"line {i}"))] };
    public const string LongEnd = "end of the long answer";
    public const string FirstHalf = "first half";
    public const string SecondHalf = "second half";

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;

    public List<IncomingTurn> Handled { get; } = [];

    public int MaxConcurrent { get; private set; }

    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

    /// <summary>What "half" does between its two answers (a storage outage, a crash); null: waits for <see cref="Release"/>.</summary>
    public Func<CancellationToken, Task>? BetweenHalves { get; set; }

    public override IReadOnlyCollection<Verb> Verbs => [ReplaceVerb, ReplaceHalfVerb, EchoVerb, WaitVerb];

    public override bool ClaimsText(IncomingTurn turn) => turn.Text is "wait" or "boom" or "long" or "half" || turn.Text?.StartsWith("echo ", StringComparison.Ordinal) == true;

    public override async Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        lock (Handled)
        {
            Handled.Add(turn);
            MaxConcurrent = Math.Max(MaxConcurrent, ++_running);
        }
        try
        {
            await RunAsync(turn, output, cancellationToken);
        }
        finally
        {
            lock (Handled)
            {
                _running--;
            }
        }
    }

    private async Task RunAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        switch (turn.Verb, turn.Text)
        {
            case var _ when turn.Is(ReplaceVerb):
                await output.ReplaceCardAsync(new View($"Ticket {turn.Data?["ticket"]} saved") { Blocks = [new Paragraph($"Ticket {turn.Data?["ticket"]} saved")] }, cancellationToken);
                break;
            case var _ when turn.Is(ReplaceHalfVerb):
                await output.ReplaceCardAsync(LongView, cancellationToken);
                await BetweenHalvesAsync(output, cancellationToken);
                break;
            case var _ when turn.Is(EchoVerb):
                await output.SendAsync(BotMessage.Plain($"site: {turn.Data?["site"]}"), cancellationToken);
                break;
            case var _ when turn.Is(WaitVerb) || turn.Text == "wait":
                WaitStarted.TrySetResult();
                await _release.Task.WaitAsync(cancellationToken);
                await output.SendAsync(BotMessage.Plain("done waiting"), cancellationToken);
                break;
            case (_, "long"):
                await output.SendAsync(BotMessage.WithView(LongView), cancellationToken);
                await output.SendAsync(BotMessage.Plain(LongEnd), cancellationToken);
                break;
            case (_, "half"):
                await output.SendAsync(BotMessage.Plain(FirstHalf), cancellationToken);
                await BetweenHalvesAsync(output, cancellationToken);
                break;
            case (_, "boom"):
                throw new InvalidOperationException("feature failed");
            default:
                await output.SendAsync(BotMessage.Plain(turn.Text!), cancellationToken);
                break;
        }
    }

    private async Task BetweenHalvesAsync(ITurnOutput output, CancellationToken cancellationToken)
    {
        WaitStarted.TrySetResult();
        await (BetweenHalves?.Invoke(cancellationToken) ?? _release.Task.WaitAsync(cancellationToken));
        await output.SendAsync(BotMessage.Plain(SecondHalf), cancellationToken);
    }
}
