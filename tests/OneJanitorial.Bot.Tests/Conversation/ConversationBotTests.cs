using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Conversation;

public sealed class ConversationBotTests
{
    private static IncomingTurn Turn(TurnKind kind, string? text = null) =>
        new(kind, "test", "c1", new TurnUser("u1", "Una"), text, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task OnTurnAsync_Installed_SendsWelcomeCard()
    {
        var bot = new ConversationBot([], TimeProvider.System);
        var output = new RecordingTurnOutput();

        await bot.OnTurnAsync(Turn(TurnKind.Installed), output, CancellationToken.None);

        var message = Assert.Single(output.Sent);
        var card = Assert.Single(message.Cards);
        Assert.Equal(AdaptiveCard.MobileVersion, card.Version);
        Assert.Contains(card.Actions!, a => a is SubmitAction s && CardData.VerbOf(s.Data) == WelcomeCard.NewTicketVerb);
    }

    [Fact]
    public async Task OnTurnAsync_FirstFeatureThatAccepts_HandlesTurn()
    {
        var late = new EchoFeature("late", 200);
        var early = new EchoFeature("early", 10);
        var bot = new ConversationBot([late, early], TimeProvider.System);
        var output = new RecordingTurnOutput();

        await bot.OnTurnAsync(Turn(TurnKind.Message, "what bucket is this"), output, CancellationToken.None);

        Assert.Equal("early: what bucket is this", Assert.Single(output.Sent).Text);
    }

    [Fact]
    public async Task OnTurnAsync_NoFeatureAccepts_PointsToHelp()
    {
        var bot = new ConversationBot([], TimeProvider.System);
        var output = new RecordingTurnOutput();

        await bot.OnTurnAsync(Turn(TurnKind.Message, "blah"), output, CancellationToken.None);

        Assert.Contains("help", Assert.Single(output.Sent).Text);
    }

    private sealed class EchoFeature(string name, int order) : ChatFeature
    {
        public override int Order => order;
        public override bool CanHandle(IncomingTurn turn) => turn.Text is not null;
        public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
            output.SendAsync(BotMessage.Plain($"{name}: {turn.Text}"), cancellationToken);
    }
}
