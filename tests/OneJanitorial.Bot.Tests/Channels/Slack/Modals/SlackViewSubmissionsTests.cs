using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Slack.Modals;

/// <summary>A modal submit whose turn fails in the core is answered with a notice that is true whatever the turn saved.</summary>
public sealed class SlackViewSubmissionsTests : IAsyncLifetime
{
    private const string User = "U123ABC456";
    private const string Channel = "C123ABC456";
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await SlackBotHarness.StartAsync(ownDatabase: true, services: s => s.AddSingleton<ChatFeature, CreatesTicketThenFails>());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Submit_CoreFailsAfterTheTicketWasCreated_TheNoticeDoesNotSayNothingWasSaved()
    {
        using var response = await _bot.PostInteractionAsync(Submission(CreatesTicketThenFails.Verb));

        response.EnsureSuccessStatusCode();
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var notice = answer["view"]!["blocks"]![0]!["text"]!["text"]!.GetValue<string>();
        Assert.Single(await _bot.Services.GetRequiredService<TicketService>().ListAsync(new TicketQuery(IncludeClosed: true), CancellationToken.None));
        Assert.DoesNotContain("Nothing was saved", notice, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SlackViewSubmissions.FailedNote, notice);
    }

    [Fact]
    public async Task Submit_CoreFails_ItsInboxEntryIsMarkedFailedNotDone()
    {
        var payload = Submission(CreatesTicketThenFails.Verb);

        using var response = await _bot.PostInteractionAsync(payload);

        response.EnsureSuccessStatusCode();
        var key = SlackInbox.KeyPrefix + Uri.EscapeDataString(SlackViewSubmissions.WorkId(payload));
        var entry = JsonNode.Parse((await _bot.Store.ReadAsync(key, CancellationToken.None))!.Json)!;
        Assert.NotNull(entry["doneAt"]);
        Assert.True(entry["failed"]?.GetValue<bool>());
    }

    /// <summary>A view_submission of a bot modal whose submit button sends <paramref name="verb"/>, as Slack posts it.</summary>
    private static JsonObject Submission(Verb verb) => new()
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = "T123ABC456" },
        ["user"] = new JsonObject { ["id"] = User, ["team_id"] = "T123ABC456" },
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["view"] = new JsonObject
        {
            ["id"] = "V0FAILING1",
            ["type"] = "modal",
            ["hash"] = "1700000000.abcdef",
            ["private_metadata"] = new SlackModalMetadata(Channel, new JsonObject { [IncomingTurn.VerbKey] = verb.Name }, "").ToJson(),
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
        },
    };

    /// <summary>Creates a ticket, then fails: a turn that saved something before it threw.</summary>
    private sealed class CreatesTicketThenFails(ITicketStore tickets) : ChatFeature
    {
        public static readonly Verb Verb = new("test.createthenfail");

        public override IReadOnlyCollection<Verb> Verbs => [Verb];

        public override async Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
        {
            await tickets.ImportAsync([Tests.Tickets.Tickets.Sample()], "test", cancellationToken);
            throw new InvalidOperationException("failed after the ticket was created");
        }
    }
}
