using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Moq;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class RecapChatFeatureTests
{
    private readonly InMemoryStateStore _store = new();
    private readonly Mock<IRecapSender> _sender = new();
    private readonly Mock<IRecapFactsSource> _tickets = new();

    public RecapChatFeatureTests() =>
        _tickets.Setup(t => t.FindAsync("42", It.IsAny<CancellationToken>())).ReturnsAsync(RecapFactsResult.Found(RecapSamples.R1()));

    private RecapChatFeature Feature(bool withSender = true)
    {
        var options = Options.Create(new SmtpOptions { Host = "127.0.0.1", From = "service@onejanitorial.example" });
        var delivery = new RecapDelivery(_store, options, new FakeTimeProvider(), NullLogger<RecapDelivery>.Instance, withSender ? _sender.Object : null);
        var writer = new RecapWriter(RecapSamples.Prompts, NullLogger<RecapWriter>.Instance);
        return new RecapChatFeature(writer, new RecapDrafts(_store), delivery, _tickets.Object);
    }

    private static IncomingTurn Text(string text) =>
        new(TurnKind.Message, "test", "c1", new TurnUser("u1", "Sam"), text, null, DateTimeOffset.UnixEpoch);

    private static IncomingTurn Click(SubmitAction action) =>
        new(TurnKind.ViewAction, "test", "c1", new TurnUser("u1", "Sam"), null, action.Data.DeepClone().AsObject(), DateTimeOffset.UnixEpoch);

    private async Task<AdaptiveCard> PreviewAsync(RecapChatFeature feature)
    {
        var output = new RecordingTurnOutput();
        await feature.HandleAsync(Text("recap 42"), output, CancellationToken.None);
        return Assert.Single(Assert.Single(output.Sent).Cards);
    }

    private static SubmitAction Button(AdaptiveCard card, string verb) =>
        card.Actions!.OfType<SubmitAction>().Single(a => CardData.VerbOf(a.Data) == verb);

    [Theory]
    [InlineData("recap 42", true)]
    [InlineData("Recap #42", true)]
    [InlineData("recap ticket 42", true)]
    [InlineData("recap", false)]
    [InlineData("what is a recap for?", false)]
    public void ClaimsText_OnlyRecapCommand(string text, bool expected) =>
        Assert.Equal(expected, Feature().ClaimsText(Text(text)));

    [Fact]
    public async Task HandleAsync_RecapTicket_SendsPreviewCard()
    {
        var card = await PreviewAsync(Feature());

        Assert.Contains(CardTree.Elements(card).OfType<TextBlock>(), t => t.Text == RecapHeadings.ThreeStrikePolicy);
        Assert.Equal("42", Button(card, RecapVerbs.Send.Name).Data["ticket"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_UnknownTicket_SaysSo()
    {
        _tickets.Setup(t => t.FindAsync("7", It.IsAny<CancellationToken>())).ReturnsAsync(RecapFactsResult.NotFound);
        var output = new RecordingTurnOutput();

        await Feature().HandleAsync(Text("recap 7"), output, CancellationToken.None);

        Assert.Equal("I can't find ticket 7.", Assert.Single(output.Sent).Text);
    }

    [Fact]
    public async Task HandleAsync_RegenerateWithoutTicket_SaysWhichToType()
    {
        var output = new RecordingTurnOutput();

        await Feature().HandleAsync(Click(new SubmitAction("Regenerate", CardData.For(RecapVerbs.Regenerate.Name))), output, CancellationToken.None);

        Assert.Equal("That button does not say which ticket; type recap and the ticket number.", Assert.Single(output.Sent).Text);
    }

    [Fact]
    public async Task HandleAsync_SendClickedTwice_SendsOnceAndMarksCardSent()
    {
        var feature = Feature();
        var send = Button(await PreviewAsync(feature), RecapVerbs.Send.Name);
        var first = new RecordingTurnOutput();
        var second = new RecordingTurnOutput();

        await feature.HandleAsync(Click(send), first, CancellationToken.None);
        await feature.HandleAsync(Click(send), second, CancellationToken.None);

        _sender.Verify(s => s.SendAsync(It.Is<MimeMessage>(m => m.To.Mailboxes.Single().Address == "maria@sparkle-cleaning.example"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal("Sent to maria@sparkle-cleaning.example.", Assert.Single(first.Sent).Text);
        Assert.DoesNotContain(Assert.Single(first.Replaced).Actions!, a => a is SubmitAction s && CardData.VerbOf(s.Data) == RecapVerbs.Send.Name);
        Assert.Contains("not sent again", Assert.Single(second.Sent).Text);
        _tickets.Verify(t => t.RecordSentAsync("42", "maria@sparkle-cleaning.example", "Sam", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_SendFails_SaysUnsentAndGivesText()
    {
        _sender.Setup(s => s.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RecapSendException("the mail server refused the message (554: rejected)"));
        var feature = Feature();
        var output = new RecordingTurnOutput();

        await feature.HandleAsync(Click(Button(await PreviewAsync(feature), RecapVerbs.Send.Name)), output, CancellationToken.None);

        // The reason, then the email as text to copy (a code block keeps its lines in Teams).
        Assert.Equal(2, output.Sent.Count);
        Assert.StartsWith("Not sent: the mail server refused the message (554: rejected)", output.Sent[0].Text);
        Assert.StartsWith("```\nTo: ", output.Sent[1].Text);
        Assert.Contains("3-Strike Policy", output.Sent[1].Text);
        Assert.Empty(output.Replaced);
        _tickets.Verify(t => t.RecordSentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task HandleAsync_TicketNotReadyForRecap_SaysWhy()
    {
        _tickets.Setup(t => t.FindAsync("7", It.IsAny<CancellationToken>())).ReturnsAsync(RecapFactsResult.NotReady("Ticket 7 can't be recapped yet. Missing: When Is Next Clean."));
        var output = new RecordingTurnOutput();

        await Feature().HandleAsync(Text("recap 7"), output, CancellationToken.None);

        Assert.Equal("Ticket 7 can't be recapped yet. Missing: When Is Next Clean.", Assert.Single(output.Sent).Text);
    }

    [Fact]
    public async Task HandleAsync_SendWithoutMailSetUp_EmailToPasteAndNoFilePromised()
    {
        var feature = Feature(withSender: false);
        var output = new RecordingTurnOutput();

        await feature.HandleAsync(Click(Button(await PreviewAsync(feature), RecapVerbs.Send.Name)), output, CancellationToken.None);

        Assert.Equal(2, output.Sent.Count);
        Assert.Equal("Sending is not set up, so nothing was sent: paste this into a new email in your mail app.", output.Sent[0].Text);
        var text = output.Sent[1].Text!;
        Assert.StartsWith("```\nTo: maria@", text);
        Assert.Contains("\nSubject: Service issue recap", text);
        Assert.Contains("Hi Maria,", text);
        Assert.DoesNotContain(".eml", text);
        Assert.Empty(output.Sent[0].Cards);
    }

    [Fact]
    public async Task HandleAsync_Copy_SendsSubjectAndBody()
    {
        var feature = Feature();
        var output = new RecordingTurnOutput();

        await feature.HandleAsync(Click(Button(await PreviewAsync(feature), RecapVerbs.Copy.Name)), output, CancellationToken.None);

        Assert.StartsWith("```\nTo: maria@sparkle-cleaning.example\nSubject: Service issue recap", Assert.Single(output.Sent).Text);
    }

    [Fact]
    public async Task HandleAsync_Regenerate_ReplacesCard()
    {
        var feature = Feature();
        var output = new RecordingTurnOutput();

        await feature.HandleAsync(Click(Button(await PreviewAsync(feature), RecapVerbs.Regenerate.Name)), output, CancellationToken.None);

        Assert.Contains(CardTree.Elements(Assert.Single(output.Replaced)).OfType<TextBlock>(), t => t.Text == RecapHeadings.Issue);
    }

    [Fact]
    public async Task HandleAsync_UnknownDraftKey_AsksToRegenerate()
    {
        var output = new RecordingTurnOutput();
        var click = new SubmitAction("Send", CardData.For(RecapVerbs.Send.Name, ("ticket", "42"), ("recapKey", "gone")));

        await Feature().HandleAsync(Click(click), output, CancellationToken.None);

        Assert.Contains("no longer available", Assert.Single(output.Sent).Text);
        _sender.Verify(s => s.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
