using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>Views reach Slack as Block Kit from <see cref="BlockKitRenderer"/>: paged in order, replaced in place.</summary>
public sealed class SlackTurnOutputTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(_slack.Settings())
        {
            ["Slack:AppToken"] = FakeSlackServer.AppToken,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IStateStore>(new InMemoryStateStore());
        services.AddBot(configuration);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_ViewOver50Blocks_PostsPagesInOrderEachWithTextFallback()
    {
        var view = new View("Long answer") { Blocks = [.. Enumerable.Range(1, 120).Select(i => new Paragraph($"line {i}"))], Actions = [new VerbAction("Go", new("x.go"))] };

        await Output().SendAsync(BotMessage.WithView(view), CancellationToken.None);

        var posts = _slack.CallsTo("chat.postMessage").OrderBy(c => c.At).ToList();
        Assert.Equal(3, posts.Count);
        Assert.All(posts, p => Assert.InRange(p.Body["blocks"]!.AsArray().Count, 1, BlockKitRenderer.MaxMessageBlocks));
        Assert.All(posts, p => Assert.Equal("Long answer", p.Body["text"]!.GetValue<string>()));
        Assert.Contains("line 1\"", posts[0].Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("line 120\"", posts[2].Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("actions", posts[2].Body["blocks"]!.AsArray()[^1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_FactsView_PostsRendererBlocksNotACodeBlock()
    {
        var view = new View("Ticket") { Blocks = [new Facts([new Fact("Client", "Acme")])] };

        await Output().SendAsync(BotMessage.WithView(view), CancellationToken.None);

        var blocks = Assert.Single(_slack.CallsTo("chat.postMessage")).Body["blocks"]!.ToJsonString();
        Assert.Equal(BlockKitRenderer.Message(view)[0].ToJsonString(), blocks);
        Assert.DoesNotContain("```", blocks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FormView_FallsBackToTextInACodeBlockWithItsButtons()
    {
        var view = new View("New ticket") { Blocks = [new FormField("client", FieldKind.Text, "Client")], Actions = [new VerbAction("Next", new("intake.next"))] };

        await Output().SendAsync(BotMessage.WithView(view), CancellationToken.None);

        var blocks = Assert.Single(_slack.CallsTo("chat.postMessage")).Body["blocks"]!.AsArray();
        Assert.StartsWith("```", blocks[0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("actions", blocks[^1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplaceCardAsync_PressedMessage_UpdatesItInPlace()
    {
        var view = new View("Done") { Blocks = [new Paragraph("Ticket created")] };

        await new SlackTurnOutput(Api, Formatter, new SlackReplyTarget("C1", "U1") { MessageTs = "1700000000.000100" }, NoRunAgain, NullLogger.Instance)
            .ReplaceCardAsync(view, CancellationToken.None);

        var update = Assert.Single(_slack.CallsTo("chat.update"));
        Assert.Equal("1700000000.000100", update.Body["ts"]!.GetValue<string>());
        Assert.Equal(BlockKitRenderer.Message(view)[0].ToJsonString(), update.Body["blocks"]!.ToJsonString());
        Assert.Empty(_slack.CallsTo("chat.postMessage"));
    }

    private SlackWebApiClient Api => _services.GetRequiredService<SlackWebApiClient>();

    private SlackMessageFormatter Formatter => _services.GetRequiredService<SlackMessageFormatter>();

    /// <summary>A turn without an id: nothing recorded, every page posted.</summary>
    private TurnDeliveryLog NoRunAgain => _services.GetRequiredService<TurnDeliveries>().For(SlackTurnMapper.ChannelName, null);

    private SlackTurnOutput Output() => new(Api, Formatter, new SlackReplyTarget("C1", "U1"), NoRunAgain, NullLogger.Instance);
}
