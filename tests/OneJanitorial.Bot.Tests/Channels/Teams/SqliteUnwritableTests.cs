using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// The SQLite file made unwritable under a running bot, then writable again: the same bot host lives through it. Root
/// ignores file modes, so the database file and its write-ahead log are made immutable (<see cref="ReadOnlyFile"/>),
/// which stops writes through the files the bot has open too, as a file system gone read-only does. The shared-memory
/// index (-shm) is left alone: SQLite maps it into memory, and a write to a mapped immutable file kills the process.
/// </summary>
public sealed class SqliteUnwritableTests : IAsyncLifetime
{
    private const string KnownChat = "a:known-chat";
    private const string NewChat = "a:new-chat";

    private readonly ScriptedFeature _feature = new();
    private readonly SqliteTestFolder _folder = new();
    private readonly CapturingLoggerProvider _logs = new();
    private FakeBotConnector _connector = null!;
    private TestBotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new TestBotFactory(
            new Dictionary<string, string?> { ["Storage:SqlitePath"] = _folder.PathOf() },
            s => s.AddSingleton<ChatFeature>(_feature).AddSingleton<ILoggerProvider>(_logs),
            inMemoryStore: false);
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _folder.Dispose();
    }

    [RootFact]
    public async Task Run_StorageUnwritableThenWritableAgain_ApologizesWith503ThenAnswersTheRedeliveryAndLaterMessages()
    {
        // A first turn while the file is writable: the schema is in place and the pool holds open connections.
        Assert.Equal(HttpStatusCode.OK, await PostAsync("echo before", "before-outage", KnownChat));

        await using (await ReadOnlyFile.MakeAsync(_folder.PathOf()))
        await using (await ReadOnlyFile.MakeAsync(_folder.PathOf() + "-wal"))
        {
            // A new chat's first turn stores its conversation reference: it cannot.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await PostAsync("echo during", "during-outage", NewChat));
            Assert.Contains(_logs.Lines, l => l.EventId == 2024 && l.Text.Contains("during-outage"));
            Assert.Contains(DatabaseHealthCheck.Name, await NotReadyAsync());
            // A turn that writes nothing (its reference stored already, its delivery record written behind it) is answered.
            Assert.Equal(HttpStatusCode.OK, await PostAsync("echo known", "known-outage", KnownChat));
        }

        // Teams redelivers the refused activity: it was not marked processed, so it runs now, on the same host.
        Assert.Equal(HttpStatusCode.OK, await PostAsync("echo during", "during-outage", NewChat));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("echo after", "after-outage", NewChat));
        // A second redelivery finds it processed and sends nothing.
        Assert.Equal(HttpStatusCode.OK, await PostAsync("echo during", "during-outage", NewChat));

        Assert.Equal(["echo before", TeamsTurnRunner.StorageDownText, "echo known", "echo during", "echo after"], Replies());
        Assert.Equal(["echo before", "echo known", "echo during", "echo after"], _feature.Handled.Select(t => t.Text!));
        Assert.DoesNotContain(DatabaseHealthCheck.Name, await NotReadyAsync());
        var store = _bot.Services.GetRequiredService<IStateStore>();
        Assert.NotNull(await store.ReadAsync(ConversationReferences.KeyOf(NewChat), CancellationToken.None));
    }

    private async Task<HttpStatusCode> PostAsync(string text, string id, string conversationId)
    {
        var activity = ActivityFixtures.Load("personal-message", _connector.ServiceUrl, id).WithText(text);
        activity["conversation"]!["id"] = conversationId;
        using var response = await _client.PostAsync(MessagesEndpoint.Route, ((JsonNode)activity).ToContent());
        return response.StatusCode;
    }

    private List<string> Replies() => [.. _connector.Requests.Select(r => r.Body!["text"]!.GetValue<string>())];

    /// <summary>The names /readyz lists as not ready.</summary>
    private async Task<List<string>> NotReadyAsync()
    {
        using var response = await _client.GetAsync("/readyz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("notReady").EnumerateArray().Select(e => e.GetProperty("name").GetString()!)];
    }
}
