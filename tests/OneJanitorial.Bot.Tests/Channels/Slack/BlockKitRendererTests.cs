using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

public sealed class BlockKitRendererTests
{
    [Fact]
    public void Message_UserTextWithMentionsAndLinks_IsEscaped()
    {
        var view = new View("s") { Blocks = [new Paragraph("<!channel> & <https://evil.example|click>"), new Facts([new Fact("Client", "<@U123>")])] };

        var json = BlockKitRenderer.Message(view)[0].ToJsonString();

        Assert.Contains("\\u0026lt;!channel\\u0026gt; \\u0026amp; \\u0026lt;https://evil.example|click\\u0026gt;", json);
        Assert.Contains("\\u0026lt;@U123\\u0026gt;", json);
        Assert.DoesNotContain("<!channel>", json);
    }

    [Fact]
    public void Message_AuthoredMarkup_BecomesMrkdwn()
    {
        var view = new View("s") { Blocks = [new Paragraph(Markup.Parse("From **Step 5**: see [the SOP](https://sop.example/5)\n- call"))] };

        var text = BlockKitRenderer.Message(view)[0][0]!["text"]!["text"]!.GetValue<string>();

        Assert.Equal("From *Step 5*: see <https://sop.example/5|the SOP>\n• call", text);
    }

    [Fact]
    public void Message_MoreThan50Blocks_SplitIntoPagesButtonsOnTheLast()
    {
        var view = new View("s") { Blocks = [.. Enumerable.Range(1, 120).Select(i => new Paragraph($"line {i}"))], Actions = [new VerbAction("Go", new("x.go"))] };

        var pages = BlockKitRenderer.Message(view);

        Assert.Equal([50, 50, 21], pages.Select(p => p.Count));
        Assert.Equal("actions", pages[^1][^1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Message_LongTexts_CutToSlackLimits()
    {
        var view = new View("s")
        {
            Blocks = [new Paragraph(new string('a', 5000)), new FormField("f", FieldKind.Choice, "Pick") { Options = [new Option(new string('o', 200), new string('v', 300))] }],
            Actions = [new VerbAction(new string('b', 100), new("x.go"))],
        };

        var page = BlockKitRenderer.Message(view)[0];
        var modal = BlockKitRenderer.Modal(view);

        Assert.Equal(BlockKitRenderer.MaxSectionText, page[0]!["text"]!["text"]!.GetValue<string>().Length);
        Assert.Equal(BlockKitRenderer.MaxButtonText, page[^1]!["elements"]![0]!["text"]!["text"]!.GetValue<string>().Length);
        var option = modal["blocks"]![1]!["element"]!["options"]![0]!;
        Assert.Equal((BlockKitRenderer.MaxOptionText, BlockKitRenderer.MaxOptionValue), (option["text"]!["text"]!.GetValue<string>().Length, option["value"]!.GetValue<string>().Length));
    }

    [Fact]
    public void Modal_MoreThan100Blocks_CutWithANote()
    {
        var view = new View("A long form title over 24") { Blocks = [.. Enumerable.Range(1, 150).Select(i => new FormField($"f{i}", FieldKind.Text, $"Field {i}"))] };

        var modal = BlockKitRenderer.Modal(view);

        Assert.Equal(BlockKitRenderer.MaxModalBlocks, modal["blocks"]!.AsArray().Count);
        Assert.Equal(BlockKitRenderer.MaxModalTitle, modal["title"]!["text"]!.GetValue<string>().Length);
    }

    [Fact]
    public void Modal_Fields_AreInputsWithValuesErrorsAndTheSubmitVerb()
    {
        var view = new View("New ticket")
        {
            Blocks =
            [
                new FormField("client", FieldKind.Text, "Client") { Required = true, Value = "Acme", MaxLength = 80, Error = "Too long" },
                new FormField("when", FieldKind.Date, "When") { Value = "2026-03-09" },
                new FormField("inScope", FieldKind.YesNo, "In scope?") { Value = "no" },
                new FormField("daily", FieldKind.Check, "Schedule") { Statement = "Cleaned daily", Value = "true" },
            ],
            Actions = [new VerbAction("Next", new("intake.next")) { Payload = Payload.Of(("dialogStep", "s:1")) }, new VerbAction("Back", new("dialog.back")) { SkipsForm = true }],
        };

        var modal = BlockKitRenderer.Modal(view);
        var blocks = modal["blocks"]!.AsArray();

        Assert.Equal(("client", false, "Acme", 80), (blocks[0]!["block_id"]!.GetValue<string>(), blocks[0]!["optional"]!.GetValue<bool>(),
            blocks[0]!["element"]!["initial_value"]!.GetValue<string>(), blocks[0]!["element"]!["max_length"]!.GetValue<int>()));
        Assert.Equal("context", blocks[1]!["type"]!.GetValue<string>());
        Assert.Equal("2026-03-09", blocks[2]!["element"]!["initial_date"]!.GetValue<string>());
        Assert.Equal("no", blocks[3]!["element"]!["initial_option"]!["value"]!.GetValue<string>());
        Assert.Single(blocks[4]!["element"]!["initial_options"]!.AsArray());
        Assert.Equal("""{"verb":"intake.next","dialogStep":"s:1"}""", modal["private_metadata"]!.GetValue<string>());
        Assert.Equal("Next", modal["submit"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Export_ViewWithoutFields_IsOneMessage()
    {
        var json = JsonNode.Parse(BlockKitRenderer.Export(new View("s") { Blocks = [new Paragraph("Hi") { Style = TextStyle.Heading }, new Divider()] }))!;

        Assert.Equal(["header", "divider"], json["blocks"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()));
    }

    [Fact]
    public void Message_UserTextWithDirectionOverrides_Removed()
    {
        var view = new View("s")
        {
            Blocks = [new Paragraph("\u202ENorthwind") { Style = TextStyle.Heading }, new Paragraph("invoice \u202Egpj.exe\u202C"), new Facts([new Fact("Client", "Acme\u2066\0")])],
            Actions = [new VerbAction("Open \u202Eticket", new("x.go"))],
        };

        var json = BlockKitRenderer.Message(view)[0].ToJsonString(); // escapes every non-ASCII character as \uXXXX

        Assert.Contains("invoice gpj.exe", json);
        Assert.Contains("\"Northwind\"", json);
        Assert.Contains("Open ticket", json);
        Assert.Contains("*Client*\\nAcme\"", json);
        Assert.DoesNotContain("\\u20", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0000", json, StringComparison.Ordinal);
    }
}
