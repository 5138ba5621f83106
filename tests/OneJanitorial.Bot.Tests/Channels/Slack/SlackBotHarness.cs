using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// The real bot host with Slack on (HTTP endpoints, signing secret <see cref="Secret"/>), its Web API pointed at a
/// <see cref="FakeSlackServer"/>; requests are signed as Slack signs them. Its log lines are kept (<see cref="Logs"/>) and
/// its counters summed (<see cref="Metrics"/>); it runs on a <see cref="TurnAwareClock"/> when asked. <see cref="RestartAsync"/>
/// starts a new host on the same state store, clock and log.
/// </summary>
internal sealed class SlackBotHarness : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly DirectoryInfo? _database;
    private readonly Action<IServiceCollection>? _services;
    private readonly TurnAwareClock? _clock;
    private TestBotFactory _bot;
    private HttpClient _client;

    private SlackBotHarness(
        FakeSlackServer slack, Dictionary<string, string?> settings, DirectoryInfo? database, Action<IServiceCollection>? services, TurnAwareClock? clock)
    {
        Slack = slack;
        _settings = settings;
        _database = database;
        _services = services;
        _clock = clock;
        Start();
    }

    public FakeSlackServer Slack { get; }

    public InMemoryStateStore Store { get; } = new();

    public TurnRecorder Turns { get; private set; } = new();

    public ScriptedFeature Feature { get; private set; } = new();

    public IServiceProvider Services => _bot.Services;

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>The counters of the running host (since it started).</summary>
    public MetricRecorder Metrics { get; private set; }

    /// <summary>The bot's clock, when started with <c>fakeClock</c>.</summary>
    public TurnAwareClock Clock => _clock ?? throw new InvalidOperationException("Started without fakeClock: the bot runs on the machine clock.");

    /// <summary>
    /// Starts the fake Slack, lets <paramref name="configureSlack"/> set it up, then starts the bot; with
    /// <paramref name="ownDatabase"/> on a SQLite file of its own (exact ticket counts; kept across <see cref="RestartAsync"/>);
    /// with <paramref name="fakeClock"/> on a <see cref="Clock"/> that moves only when the test moves it; with
    /// <paramref name="socketMode"/> (an app token) once its first Socket Mode connection said hello;
    /// <paramref name="services"/> overrides services.
    /// </summary>
    public static async Task<SlackBotHarness> StartAsync(
        IReadOnlyDictionary<string, string?>? extra = null, Action<FakeSlackServer>? configureSlack = null, bool ownDatabase = false,
        Action<IServiceCollection>? services = null, bool fakeClock = false, bool socketMode = false)
    {
        var slack = await FakeSlackServer.StartAsync();
        configureSlack?.Invoke(slack);
        var database = ownDatabase ? Directory.CreateTempSubdirectory("onej-slack-") : null;
        SlackBotHarness? harness = null;
        try
        {
            var settings = Settings(slack, database, socketMode, extra);
            harness = new SlackBotHarness(slack, settings, database, services, fakeClock ? new TurnAwareClock(new SlackOptions().TurnTimeout) : null);
            if (socketMode)
            {
                await slack.SocketMode.WaitForConnectionAsync();
            }
            return harness;
        }
        catch
        {
            await (harness?.DisposeAsync() ?? slack.DisposeAsync());
            throw;
        }
    }

    public async Task RestartAsync()
    {
        Metrics.Dispose();
        _client.Dispose();
        await _bot.DisposeAsync();
        Start();
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
        using var request = SlackSignedRequest.Create(route, body, contentType, Secret, DateTimeOffset.UtcNow.Add(skew).ToUnixTimeSeconds(), signature);
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
        Metrics.Dispose();
        _client.Dispose();
        await _bot.DisposeAsync();
        await Slack.DisposeAsync();
        if (_database is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _database.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string?> Settings(
        FakeSlackServer slack, DirectoryInfo? database, bool socketMode, IReadOnlyDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = FakeSlackServer.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        if (database is not null)
        {
            settings["Storage:SqlitePath"] = Path.Combine(database.FullName, "bot.db");
        }
        if (socketMode)
        {
            settings["Slack:AppToken"] = FakeSlackServer.AppToken;
        }
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }

    [MemberNotNull(nameof(_bot), nameof(_client), nameof(Metrics))]
    private void Start()
    {
        Turns = new TurnRecorder();
        Feature = new ScriptedFeature();
        var turns = Turns;
        var feature = Feature;
        _bot = new TestBotFactory(_settings, services =>
        {
            services.AddSingleton<IStateStore>(Store);
            services.AddSingleton<ChatFeature>(turns);
            services.AddSingleton<ChatFeature>(feature);
            services.AddSingleton<ILoggerProvider>(Logs);
            if (_clock is not null)
            {
                services.AddSingleton<TimeProvider>(_clock);
            }
            _services?.Invoke(services);
        });
        _client = _bot.CreateClient();
        Metrics = new MetricRecorder(_bot.Services.GetRequiredService<IMeterFactory>());
    }

    private static string Form(params (string Key, string Value)[] fields) =>
        string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
