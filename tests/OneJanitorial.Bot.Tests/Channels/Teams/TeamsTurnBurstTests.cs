using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// Bursts into one conversation. The connector rate limiter runs on the real clock (it takes a few seconds); the turn
/// timeouts run on a fake clock that each turn moves on by most of the timeout, as a slow turn would, so whether a turn
/// times out never depends on how busy the machine is.
/// </summary>
public sealed class TeamsTurnBurstTests : IAsyncLifetime
{
    private const int Burst = 30;
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan TurnDuration = TimeSpan.FromSeconds(1.5);

    private readonly ScriptedFeature _feature = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private FakeBotConnector _connector = null!;
    private TestBotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new TestBotFactory(
            new Dictionary<string, string?>
            {
                ["Bot:TurnTimeout"] = TurnTimeout.ToString(),
                // The burst's turns together take Burst × TurnDuration of fake time; queueing is not what is tested here.
                ["Bot:TurnQueueTimeout"] = "01:00:00",
            },
            s => s.AddSingleton<ChatFeature>(new SlowTurns(_feature, _clock)).AddSingleton<TimeProvider>(_clock));
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    // Each turn takes 1.5 s of the 2 s turn timeout, so the later turns of the burst wait well over the timeout behind
    // the earlier ones (their replies also queue in the connector rate limiter, 7 a second per conversation): only the
    // time a turn runs may count against it.
    [Fact]
    public async Task Run_BurstIntoOneChatLongerThanTheTurnTimeout_AnswersEveryMessage()
    {
        var posts = Enumerable.Range(1, Burst)
            .Select(i => _client.PostAsync(MessagesEndpoint.Route, Message($"echo {i}", $"burst-{i}").ToContent()))
            .ToList();

        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(Burst, _feature.Handled.Count);
        Assert.Equal(Burst, _connector.Requests.Count);
        Assert.Equal(1, _feature.MaxConcurrent);
    }

    private JsonObject Message(string text, string id) => ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText(text);

    /// <summary>The scripted feature, with each turn taking <see cref="TurnDuration"/> on the fake clock first.</summary>
    private sealed class SlowTurns(ScriptedFeature inner, FakeTimeProvider clock) : ChatFeature
    {
        public override IReadOnlyCollection<Verb> Verbs => inner.Verbs;

        public override bool ClaimsText(IncomingTurn turn) => inner.ClaimsText(turn);

        public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
        {
            clock.Advance(TurnDuration);
            return inner.HandleAsync(turn, output, cancellationToken);
        }
    }
}
