using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Conversation;

public sealed class ConversationBotTests
{
    private static readonly Verb Ping = new("test.ping");
    private static readonly Verb Pong = new("test.pong");

    private static IncomingTurn Turn(TurnKind kind, string? text = null) =>
        new(kind, "test", "c1", new TurnUser("u1", "Una"), text, null, DateTimeOffset.UnixEpoch);

    private static IncomingTurn Press(Verb verb) => Turn(TurnKind.ViewAction) with { Data = new JsonObject { [IncomingTurn.VerbKey] = verb.Name } };

    [Fact]
    public async Task OnTurnAsync_Installed_SendsWelcomeWithTheOfferedButtonsAndHelp()
    {
        var offered = new OfferedAction(ActionPlace.Welcome, new VerbAction("Ping", Ping));
        var bot = new ConversationBot([new EchoFeature("owner", [Ping])], TimeProvider.System, [offered, new OfferedAction(ActionPlace.Ticket, new VerbAction("Pong", Ping))]);
        var output = new RecordingTurnOutput();

        await bot.OnTurnAsync(Turn(TurnKind.Installed), output, CancellationToken.None);

        var view = Assert.Single(Assert.Single(output.Sent).Views);
        Assert.Equal(["Ping", "Help"], view.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("personal", true)]
    [InlineData("channel", false)]
    public async Task OnTurnAsync_Installed_WelcomeTextOnlyWhereItIsNotASecondPost(string conversationType, bool withText)
    {
        var bot = new ConversationBot([], TimeProvider.System);
        var output = new RecordingTurnOutput();

        await bot.OnTurnAsync(Turn(TurnKind.Installed) with { ConversationType = conversationType }, output, CancellationToken.None);

        var message = Assert.Single(output.Sent);
        Assert.Single(message.Cards);
        Assert.Equal(withText, message.Text is not null);
    }

    [Fact]
    public async Task OnTurnAsync_Button_GoesToTheFeatureThatOwnsTheVerb()
    {
        var bot = new ConversationBot([new EchoFeature("a", [Ping], claims: "x"), new EchoFeature("b", [Pong])], TimeProvider.System);
        var output = new RecordingTurnOutput();

        await bot.OnTurnAsync(Press(Pong), output, CancellationToken.None);

        Assert.Equal("b: test.pong", Assert.Single(output.Sent).Text);
    }

    [Fact]
    public async Task OnTurnAsync_UnknownVerb_PointsToHelp()
    {
        var bot = new ConversationBot([new EchoFeature("a", [Ping])], TimeProvider.System);
        var output = new RecordingTurnOutput();

        await bot.OnTurnAsync(Press(new Verb("test.gone")), output, CancellationToken.None);

        Assert.Contains("help", Assert.Single(output.Sent).Text);
    }

    [Fact]
    public async Task OnTurnAsync_Text_GoesToTheClaimingFeatureElseTheCatchAll()
    {
        var bot = new ConversationBot([new EchoFeature("any", [], catchAll: true), new EchoFeature("bucket", [], claims: "what bucket is this")], TimeProvider.System);
        var output = new RecordingTurnOutput();

        await bot.OnTurnAsync(Turn(TurnKind.Message, "what bucket is this"), output, CancellationToken.None);
        await bot.OnTurnAsync(Turn(TurnKind.Message, "what is BCO+"), output, CancellationToken.None);

        Assert.Equal(["bucket: what bucket is this", "any: what is BCO+"], output.Sent.Select(m => m.Text));
    }

    [Fact]
    public async Task OnTurnAsync_TextTwoFeaturesClaim_FailsTheTurn()
    {
        var bot = new ConversationBot([new EchoFeature("a", [], claims: "x"), new EchoFeature("b", [], claims: "x")], TimeProvider.System);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => bot.OnTurnAsync(Turn(TurnKind.Message, "x"), new RecordingTurnOutput(), CancellationToken.None));

        Assert.Contains("a, b", error.Message);
    }

    [Fact]
    public async Task OnTurnAsync_NoFeatureAccepts_PointsToHelp()
    {
        var bot = new ConversationBot([], TimeProvider.System);
        var output = new RecordingTurnOutput();

        await bot.OnTurnAsync(Turn(TurnKind.Message, "blah"), output, CancellationToken.None);

        Assert.Contains("help", Assert.Single(output.Sent).Text);
    }

    [Fact]
    public void Constructor_VerbClaimedTwice_RefusesNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ConversationBot([new EchoFeature("a", [Ping]), new EchoFeature("b", [Pong, Ping])], TimeProvider.System));

        Assert.Equal("The verb 'test.ping' is claimed by a and by b; each verb has one owner.", error.Message);
    }

    [Fact]
    public void Constructor_FeatureClaimsTheCoresHelpVerb_Refuses() =>
        Assert.Throws<InvalidOperationException>(() => new ConversationBot([new EchoFeature("a", [new Verb("help")])], TimeProvider.System));

    [Fact]
    public void Constructor_OfferedButtonNobodyAnswers_Refuses() =>
        Assert.Throws<InvalidOperationException>(() => new ConversationBot([], TimeProvider.System, [new OfferedAction(ActionPlace.Ticket, new VerbAction("Ping", Ping))]));

    [Fact]
    public void Constructor_TwoCatchAlls_Refuses() =>
        Assert.Throws<InvalidOperationException>(() => new ConversationBot([new EchoFeature("a", [], catchAll: true), new EchoFeature("b", [], catchAll: true)], TimeProvider.System));

    [Theory]
    [InlineData("")]
    [InlineData("Ticket.Show")]
    [InlineData("ticket..show")]
    [InlineData("ticket show")]
    public void Verb_NotLowerCaseDottedWords_IsRefused(string name) => Assert.Throws<ArgumentException>(() => new Verb(name));

    private sealed class EchoFeature(string name, Verb[] verbs, string? claims = null, bool catchAll = false) : ChatFeature
    {
        public override string Name => name;
        public override IReadOnlyCollection<Verb> Verbs => verbs;
        public override bool ClaimsText(IncomingTurn turn) => turn.Text == claims;
        public override bool AnswersUnclaimedText => catchAll;
        public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
            output.SendAsync(BotMessage.Plain($"{name}: {turn.Text ?? turn.Verb}"), cancellationToken);
    }
}
