using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Channels.Console;

namespace OneJanitorial.Bot.Tests.Channels.Console;

public sealed class ConsoleCardRendererTests
{
    [Fact]
    public void Render_CardWithEveryElementKind_ProducesReadableText()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Ticket 42") { Weight = "Bolder" },
                new FactSet([new Fact("Type", "R1"), new Fact("Priority", "High")]),
                new TextBlock("Client is required.") { Color = "Attention" },
                new Container([new TextBlock("Line one\nLine two")]) { Id = "more", IsVisible = false },
                .. CardForm.Field("Stage", new ChoiceSetInput([new Choice("Open", "open"), new Choice("Closed", "closed")]) { Id = "stage", Value = "open" }),
            ],
            Actions =
            [
                new ToggleVisibilityAction("Details", ["more"]),
                new SubmitAction("Save", CardData.For("ticket.save")),
                new OpenUrlAction("CRM", "https://example.invalid/42"),
            ],
        };

        var text = ConsoleCardRenderer.Render(card);

        var expected = """
            +--------------------------------------------------------------
            | # Ticket 42
            |   Type:     R1
            |   Priority: High
            | ! Client is required.
            | (hidden section)
            |   Line one
            |   Line two
            | > Stage: Open
            |     1) Open
            |     2) Closed
            |
            | [1] Save
            | [2] CRM
            +--------------------------------------------------------------

            """;
        Assert.Equal(expected.ReplaceLineEndings(), text.ReplaceLineEndings());
    }
}
