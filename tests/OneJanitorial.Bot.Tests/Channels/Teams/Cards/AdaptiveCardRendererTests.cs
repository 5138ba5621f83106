using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Sop.Chat;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Teams.Cards;

public sealed class AdaptiveCardRendererTests
{
    [Fact]
    public void Render_UserText_IsEscapedSoItCannotFormatOrLink()
    {
        var view = new View("s") { Blocks = [new Paragraph("*Acme* [click](https://evil.example)\n- 1. _x_"), new Facts([new OneJanitorial.Bot.Views.Fact("Client", "**Acme**")])] };

        var card = AdaptiveCardRenderer.Render(view);

        Assert.Equal(@"\*Acme\* [click\](https://evil.example)" + "\n\n" + @"\- 1. \_x\_", ((TextBlock)card.Body[0]).Text);
        Assert.Equal(@"\*\*Acme\*\*", ((FactSet)card.Body[1]).Facts[0].Value);
    }

    [Fact]
    public void Render_AuthoredMarkup_BecomesMarkdown()
    {
        var card = AdaptiveCardRenderer.Render(new View("s") { Blocks = [new Paragraph(Markup.Parse("From **Step 5**:\n- call [the client](https://crm.example/1)"))] });

        Assert.Equal("From **Step 5**:\n\n- call [the client](https://crm.example/1)", ((TextBlock)card.Body[0]).Text);
    }

    [Fact]
    public void Render_SharedBlocks_SameJsonEveryTimeAsTheBlocksRenderedFresh()
    {
        var view = SopAnswerCard.Sample();
        Assert.IsType<SharedBlocks>(view.Blocks);
        var fresh = CardJson.Serialize(AdaptiveCardRenderer.Render(view with { Blocks = [.. view.Blocks] }));

        var first = AdaptiveCardRenderer.Render(view);
        var second = AdaptiveCardRenderer.Render(view);

        Assert.Same(first.Body, second.Body); // rendered once, its JSON kept
        Assert.Equal(fresh, CardJson.Serialize(first));
        Assert.Equal(fresh, CardJson.Serialize(second));
        Assert.Equal(fresh, CardJson.ToElement(second).GetRawText());
    }

    [Fact]
    public void Render_LongMarkupShownTwice_RendersTheSameTextAsAFreshCopy()
    {
        var text = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"- step **{i}** with *stars* and [a link](https://crm.example/{i}), then a long line of manual text"));
        var shared = Markup.Parse(text);

        var first = ((TextBlock)AdaptiveCardRenderer.Render(new View("s") { Blocks = [new Paragraph(shared)] }).Body[0]).Text;
        var again = ((TextBlock)AdaptiveCardRenderer.Render(new View("s") { Blocks = [new Paragraph(shared)] }).Body[0]).Text;
        var fresh = ((TextBlock)AdaptiveCardRenderer.Render(new View("s") { Blocks = [new Paragraph(Markup.Parse(text))] }).Body[0]).Text;

        Assert.Equal(fresh, first);
        Assert.Same(first, again);
        Assert.StartsWith(@"- step **1** with \*stars\* and [a link](https://crm.example/1)", first);
    }

    [Fact]
    public void Render_DividerDetailAndReveal_AreSeparatorHiddenContainerAndToggle()
    {
        var view = new View("s")
        {
            Blocks = [new Paragraph("a"), new Divider(), new Detail("more", [new Paragraph("b")]) { Emphasis = true }],
            Actions = [new RevealAction("More", "more"), new VerbAction("Go", new("x.go")) { Payload = Payload.Of(("ticket", "4")) }],
        };

        var card = AdaptiveCardRenderer.Render(view);

        var detail = Assert.IsType<Container>(card.Body[1]);
        Assert.Equal((true, false, "more", "emphasis"), (detail.Separator, detail.IsVisible, detail.Id, detail.Style));
        Assert.Equal(["more"], Assert.IsType<ToggleVisibilityAction>(card.Actions![0]).TargetElements);
        Assert.Equal("""{"verb":"x.go","ticket":"4"}""", Assert.IsType<SubmitAction>(card.Actions[1]).Data.ToJsonString());
        Assert.Equal("1.2", card.Version);
    }

    [Fact]
    public void Render_RequiredFieldWithError_LabelInputErrorInThatOrder()
    {
        var field = new FormField("client", FieldKind.Text, "Client") { Required = true, Error = "Client is required.", MaxLength = 80 };

        var card = AdaptiveCardRenderer.Render(new View("s") { Blocks = [field] });

        Assert.Equal("Client *", ((TextBlock)card.Body[0]).Text);
        Assert.Equal((80, (string?)null), (((TextInput)card.Body[1]).MaxLength, ((TextInput)card.Body[1]).Label));
        Assert.Equal(("Client is required.", "Attention"), (((TextBlock)card.Body[2]).Text, ((TextBlock)card.Body[2]).Color));
    }

    [Theory]
    [InlineData(FieldKind.Date, typeof(DateInput))]
    [InlineData(FieldKind.Time, typeof(TimeInput))]
    [InlineData(FieldKind.Money, typeof(NumberInput))]
    [InlineData(FieldKind.YesNo, typeof(ChoiceSetInput))]
    [InlineData(FieldKind.Check, typeof(ToggleInput))]
    [InlineData(FieldKind.Multiline, typeof(TextInput))]
    public void Render_EachFieldKind_HasItsInput(FieldKind kind, Type input)
    {
        var card = AdaptiveCardRenderer.Render(new View("s") { Blocks = [new FormField("f", kind, null)] });

        Assert.IsType(input, Assert.Single(card.Body));
    }
    [Fact]
    public void Render_NameWithDirectionOverride_NoPlainTextPropertyKeepsIt()
    {
        const string name = "Acme \u202Egpj.exe";
        var view = new View($"Ticket for {name}")
        {
            Blocks =
            [
                new Facts([new OneJanitorial.Bot.Views.Fact(name, name)]),
                new FormField("note", FieldKind.Text, name) { Hint = name, Value = name },
                new FormField("amount", FieldKind.Money, null) { Hint = name },
                new FormField("done", FieldKind.Check, null) { Statement = name },
                new FormField("building", FieldKind.Choice, null) { Options = [new Option(name, "b1")] },
                new Buttons([new VerbAction(name, new("x.pick")), new RevealAction(name, "more") { HideTitle = name }]),
            ],
            Actions = [new VerbAction(name, new("x.go")), new RevealAction(name, "more")],
        };

        var json = CardJson.Serialize(AdaptiveCardRenderer.Render(view));

        var strings = Strings(System.Text.Json.Nodes.JsonNode.Parse(json)!).ToList();
        Assert.Contains("Acme gpj.exe", strings);
        Assert.DoesNotContain(strings, s => s.Contains('\u202E', StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(System.Text.Json.Nodes.JsonNode node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => p.Value is null ? [] : Strings(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(n => n is null ? [] : Strings(n)),
        _ => node.GetValueKind() == System.Text.Json.JsonValueKind.String ? [node.GetValue<string>()] : [],
    };
}
