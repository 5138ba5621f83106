using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// Issue 9, nothing doubled: a Teams turn that sent its first reply and then failed in a way a redelivery runs again
/// (storage down: 503; the process gone: Teams delivers the activity again, here to a new process on the same store)
/// sends only the replies the user does not have yet (<see cref="ScriptedFeature"/>'s "half").
/// </summary>
public sealed class TeamsTurnRerunTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStateStore _store = new();
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Run_StorageDownAfterTheFirstReply_RedeliverySendsOnlyTheSecond()
    {
        var feature = new ScriptedFeature();
        var outages = 1;
        feature.BetweenHalves = _ => Interlocked.Decrement(ref outages) >= 0
            ? throw new StorageUnavailableException("Injected outage after the first reply.")
            : Task.CompletedTask;
        await using var bot = Start(feature);
        using var client = bot.CreateClient();

        using (var down = await PostAsync(client, "half", "rerun-1"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        }
        using (var redelivered = await PostAsync(client, "half", "rerun-1"))
        {
            Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        }

        // Before, the redelivery sent the first half a second time.
        Assert.Equal([ScriptedFeature.FirstHalf, TeamsTurnRunner.StorageDownText, ScriptedFeature.SecondHalf], Texts());
        Assert.Equal(2, feature.Handled.Count);
    }

    [Fact]
    public async Task Run_ProcessGoneAfterTheFirstReply_RedeliveryToANewProcessSendsOnlyTheSecond()
    {
        using var killed = new CancellationTokenSource();
        var first = new ScriptedFeature { BetweenHalves = _ => Task.Delay(Timeout.Infinite, killed.Token) };
        await using (var bot = Start(first))
        {
            using var client = bot.CreateClient();
            var post = PostAsync(client, "half", "crash-1");
            await first.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await killed.CancelAsync(); // the process dies here: nothing after the first reply runs, nothing is marked processed
            using var gone = await post;
            Assert.False(gone.IsSuccessStatusCode); // no answer Teams takes: it delivers the activity again
        }

        var second = new ScriptedFeature { BetweenHalves = _ => Task.CompletedTask };
        await using (var bot = Start(second))
        {
            using var client = bot.CreateClient();
            using var redelivered = await PostAsync(client, "half", "crash-1");
            Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        }

        Assert.Equal([ScriptedFeature.FirstHalf, ScriptedFeature.SecondHalf], Texts());
    }

    private TestBotFactory Start(ScriptedFeature feature) => new(
        null,
        s => s.AddSingleton<IStateStore>(_store).AddSingleton<ChatFeature>(feature).AddSingleton<TimeProvider>(_clock));

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string text, string id) =>
        client.PostAsync(MessagesEndpoint.Route, ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText(text).ToContent());

    private List<string> Texts() => [.. _connector.Requests.Select(r => r.Body!["text"]!.GetValue<string>())];
}
