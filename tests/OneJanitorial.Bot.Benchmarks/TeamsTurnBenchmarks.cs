using System.Net;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>
/// One whole Teams turn in process, as <c>/api/messages</c> runs it after reading the body: parse the activity, the
/// per-conversation gate, redelivery check, conversation reference, routing (the dialog-state read on SQLite in a temp
/// folder), the feature, the card, and the reply through the connector client's handlers and resilience pipeline to a
/// connector answering in memory (no socket). Time and bytes per turn, over 2,000 conversations as the load script.
/// </summary>
[Config(typeof(BenchmarkSettings))]
[MemoryDiagnoser]
public class TeamsTurnBenchmarks
{
    private const string ServiceUrl = "http://127.0.0.1:39799/";

    private string _folder = "";
    private Factory _factory = null!;
    private TeamsTurnRunner _runner = null!;
    private int _turn;

    [Params("help", "how long do I have to close a ticket?")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("onej-bench-").FullName;
        Environment.SetEnvironmentVariable("ONEJ_Storage__SqlitePath", Path.Combine(_folder, "bot.db"));
        _factory = new Factory();
        _ = _factory.Server;
        _runner = _factory.Services.GetRequiredService<TeamsTurnRunner>();
        for (var i = 0; i < 4000; i++)
        {
            Turn();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Teams turn: parse, run, reply")]
    public int Turn()
    {
        var n = _turn++;
        var conversation = "load-" + (n % 2000);
        var body = Encoding.UTF8.GetBytes($$"""
            {"type":"message","id":"bench-{{n}}","serviceUrl":"{{ServiceUrl}}","channelId":"msteams",
             "from":{"id":"user-{{conversation}}","name":"Load User"},"conversation":{"id":"{{conversation}}","conversationType":"personal","tenantId":"tenant-id"},
             "recipient":{"id":"bot-id","name":"One Janitorial"},"text":"{{Text}}","textFormat":"plain","locale":"en-US"}
            """);
        var activity = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity)!;
        return _runner.RunAsync(activity).GetAwaiter().GetResult().StatusCode;
    }

    // Any type of the bot's assembly names its entry point (this project has a Program of its own). The connector
    // throttle is off, as in the load script's capacity rows: with Teams' limits on, 2,000 chats of one tenant would be
    // held to 50 calls a second and a turn would measure the limiter's wait, not the turn.
    private sealed class Factory : WebApplicationFactory<Conversation.ConversationBot>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseSetting("Bot:MicrosoftAppId", "").UseSetting("Bot:ConnectorLimits:Enabled", "false").ConfigureTestServices(services =>
                services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new Connector()));
    }

    /// <summary>The Bot Connector's answer to a posted activity: 201 with the new activity's id.</summary>
    private sealed class Connector : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await request.Content!.CopyToAsync(Stream.Null, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id":"1"}""", Encoding.UTF8, "application/json") };
        }
    }
}
