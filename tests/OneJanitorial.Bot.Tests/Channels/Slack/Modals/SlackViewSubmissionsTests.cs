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
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await SlackBotHarness.StartAsync(ownDatabase: true, services: s => s.AddSingleton<ChatFeature, CreatesTicketThenFails>());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Submit_CoreFailsAfterTheTicketWasCreated_TheNoticeDoesNotSayNothingWasSaved()
    {
        using var response = await _bot.PostInteractionAsync(SlackFixtures.ViewSubmission("V0FAILING1", CreatesTicketThenFails.Verb));

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
        var payload = SlackFixtures.ViewSubmission("V0FAILING1", CreatesTicketThenFails.Verb);

        using var response = await _bot.PostInteractionAsync(payload);

        response.EnsureSuccessStatusCode();
        var key = SlackInbox.KeyPrefix + Uri.EscapeDataString(SlackViewSubmissions.WorkId(payload));
        var entry = JsonNode.Parse((await _bot.Store.ReadAsync(key, CancellationToken.None))!.Json)!;
        Assert.NotNull(entry["doneAt"]);
        Assert.True(entry["failed"]?.GetValue<bool>());
    }

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
