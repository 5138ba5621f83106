using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets.Chat;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

public sealed class TicketChatFeatureTests : IDisposable
{
    private readonly TicketChatScripts _scripts = new();
    private readonly ServiceProvider _services;

    public TicketChatFeatureTests() => _services = (ServiceProvider)_scripts.New().Services;

    private TicketChatFeature Feature() => _services.GetServices<ChatFeature>().OfType<TicketChatFeature>().Single();

    private static IncomingTurn Message(string text) => new(TurnKind.Message, "test", "c1", new TurnUser("u1", "Casey"), text, null, DateTimeOffset.UnixEpoch);

    private static IncomingTurn Button(string verb) => new(TurnKind.ViewAction, "test", "c1", new TurnUser("u1", "Casey"), null, CardData.For(verb), DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("new ticket", true)]
    [InlineData("Open a ticket.", true)]
    [InlineData("ticket 42", true)]
    [InlineData("show ticket #7", true)]
    [InlineData("my tickets", true)]
    [InlineData("show my open tickets?", true)]
    [InlineData("recap 42", false)]
    [InlineData("what is a ticket?", false)]
    [InlineData("ticket forty", false)]
    public void ClaimsText_OnlyTicketWords(string text, bool expected) => Assert.Equal(expected, Feature().ClaimsText(Message(text)));

    [Theory]
    [InlineData("intake.start", true)]
    [InlineData("ticket.close", true)]
    [InlineData("ticket.closure.save", true)]
    [InlineData("recap.regenerate", false)]
    [InlineData("help", false)]
    public void Verbs_TicketButtonsAndNewTicket(string verb, bool expected) => Assert.Equal(expected, Feature().Verbs.Any(v => v.Name == verb));

    [Fact]
    public async Task Button_WithoutTicketNumber_AsksForIt()
    {
        var turn = Button(TicketVerbs.Close.Name) with { Data = new JsonObject { ["verb"] = TicketVerbs.Close.Name } };
        var output = new TestDoubles.RecordingTurnOutput();

        await Feature().HandleAsync(turn, output, CancellationToken.None);

        Assert.Contains("does not say which ticket", Assert.Single(output.InOrder).Message.Text);
    }

    public void Dispose()
    {
        _services.Dispose();
        _scripts.Dispose();
    }
}
