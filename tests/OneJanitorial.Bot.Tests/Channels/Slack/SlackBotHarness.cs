using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// The real bot host with Slack on (HTTP endpoints, signing secret <see cref="Secret"/>), its Web API pointed at a
/// <see cref="FakeSlackServer"/>; requests are signed as Slack signs them. <see cref="RestartAsync"/> starts a new host
/// on the same state store.
/// </summary>
internal sealed class SlackBotHarness : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly DirectoryInfo? _database;
    private readonly Action<IServiceCollection>? _services;
    private TestBotFactory _bot;
    private HttpClient _client;

    private SlackBotHarness(FakeSlackServer slack, Dictionary<string, string?> settings, DirectoryInfo? database, Action<IServiceCollection>? services)
    {
        Slack = slack;
        _settings = settings;
        _database = database;
        _services = services;
        (_bot, _client) = Start();
    }

    public FakeSlackServer Slack { get; }

    public InMemoryStateStore Store { get; } = new();

    public TurnRecorder Turns { get; private set; } = new();

    public ScriptedFeature Feature { get; private set; } = new();

    public IServiceProvider Services => _bot.Services;

    /// <summary>
    /// Starts the fake Slack, lets <paramref name="configureSlack"/> set it up, then starts the bot; with
    /// <paramref name="ownDatabase"/> on a SQLite file of its own (exact ticket counts; kept across <see cref="RestartAsync"/>);
    /// <paramref name="services"/> overrides services (a clock, a log sink).
    /// </summary>
    public static async Task<SlackBotHarness> StartAsync(
        IReadOnlyDictionary<string, string?>? extra = null, Action<FakeSlackServer>? configureSlack = null, bool ownDatabase = false,
        Action<IServiceCollection>? services = null)
    {
        var slack = await FakeSlackServer.StartAsync();
        configureSlack?.Invoke(slack);
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = FakeSlackServer.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        var database = ownDatabase ? Directory.CreateTempSubdirectory("onej-slack-") : null;
        if (database is not null)
        {
            settings["Storage:SqlitePath"] = Path.Combine(database.FullName, "bot.db");
        }
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        try
        {
            return new SlackBotHarness(slack, settings, database, services);
        }
        catch
        {
            await slack.DisposeAsync();
            throw;
        }
    }

    public async Task RestartAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        (_bot, _client) = Start();
    }

    public Task<HttpResponseMessage> PostEventAsync(JsonObject body, string? retryNum = null) =>
        PostSignedAsync(SlackEndpoints.EventsRoute, body.ToJsonString(), "application/json", retryNum);

    public Task<HttpResponseMessage> PostCommandAsync(
        string command, string text, string responseUrl, string user = "U123ABC456", string channel = "C123ABC456", string? triggerId = null) =>
        PostSignedAsync(SlackEndpoints.CommandsRoute, Form(
            ("token", "gIkuvaNzQIHg97ATvDxqgjtO"), ("team_id", "T123ABC456"), ("team_domain", "onejanitorial"),
            ("channel_id", channel), ("channel_name", "csr-team"), ("user_id", user), ("user_name", "casey"),
            ("command", command), ("text", text), ("api_app_id", "A123ABC456"), ("is_enterprise_install", "false"),
            ("response_url", responseUrl), ("trigger_id", triggerId ?? Guid.NewGuid().ToString("N"))),
            "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        PostSignedAsync(SlackEndpoints.InteractionsRoute, Form(("payload", payload.ToJsonString())), "application/x-www-form-urlencoded");

    /// <summary>Posts <paramref name="body"/> signed with <see cref="Secret"/> at now + <paramref name="skew"/>, or with <paramref name="signature"/>.</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(string route, string body, string contentType, string? retryNum = null, TimeSpan skew = default, string? signature = null)
    {
        var timestamp = DateTimeOffset.UtcNow.Add(skew).ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)) };
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SlackSignature.SignatureHeader, signature ?? SlackSignature.Sign(Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        if (retryNum is not null)
        {
            request.Headers.Add(SlackEndpoints.RetryNumHeader, retryNum);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return await _client.SendAsync(request);
    }

    /// <summary>Waits (bounded) until the inbox holds <paramref name="count"/> items and all of them are done.</summary>
    public async Task WaitForInboxDoneAsync(int count, int timeoutSeconds = 20)
    {
        for (var i = 0; i < timeoutSeconds * 20; i++)
        {
            var items = await Store.ListAsync(SlackInbox.KeyPrefix, CancellationToken.None);
            if (items.Count >= count && items.All(item => item.Json.Contains("\"doneAt\":\"", StringComparison.Ordinal)))
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The Slack inbox did not finish {count} items within {timeoutSeconds} s.");
    }

    /// <summary>Imports an open ticket created today (CSR <paramref name="csr"/>, owner Taylor, Toronto) and returns it as stored.</summary>
    public async Task<Ticket> ImportTicketAsync(string csr)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sample = Tests.Tickets.Tickets.Sample() with
        {
            Csr = csr, CreateDate = today, EstCloseDate = today.AddDays(5), CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        await Services.GetRequiredService<ITicketStore>().ImportAsync([sample], "test", CancellationToken.None);
        return (await Services.GetRequiredService<TicketService>().ListAsync(new TicketQuery(Csr: csr), CancellationToken.None)).Single();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await Slack.DisposeAsync();
        if (_database is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _database.Delete(recursive: true);
        }
    }

    private (TestBotFactory, HttpClient) Start()
    {
        Turns = new TurnRecorder();
        Feature = new ScriptedFeature();
        var turns = Turns;
        var feature = Feature;
        var bot = new TestBotFactory(_settings, services =>
        {
            services.AddSingleton<IStateStore>(Store);
            services.AddSingleton<ChatFeature>(turns);
            services.AddSingleton<ChatFeature>(feature);
            _services?.Invoke(services);
        });
        return (bot, bot.CreateClient());
    }

    private static string Form(params (string Key, string Value)[] fields) =>
        string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
