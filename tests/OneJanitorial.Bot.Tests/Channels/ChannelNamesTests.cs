namespace OneJanitorial.Bot.Tests.Channels;

/// <summary>Adaptive Card and Block Kit names stay inside Channels/: features and dialogs speak only views.</summary>
public sealed class ChannelNamesTests
{
    private static readonly string Source = Path.Combine(BotHost.ContentRoot(), "src", "OneJanitorial.Bot");

    [Fact]
    public void SourceOutsideChannels_ReferencesNoCardOrBlockKitNames()
    {
        var files = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Source, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith("Channels/", StringComparison.Ordinal)
                && !file.StartsWith("obj/", StringComparison.Ordinal)
                && !file.StartsWith("bin/", StringComparison.Ordinal))
            .ToList();

        var findings = files
            .SelectMany(file => ChannelNameScanner.Scan(File.ReadAllText(Path.Combine(Source, file)))
                .Select(name => $"{file}: {name}"))
            .ToList();

        Assert.True(files.Count > 50, $"only {files.Count} source files found under {Source}");
        Assert.Empty(findings);
    }

    [Fact]
    public void ChannelSource_IsFlaggedByTheScan()
    {
        var renderer = File.ReadAllText(Path.Combine(Source, "Channels", "Teams", "Cards", "AdaptiveCardRenderer.cs"));
        var blockKit = File.ReadAllText(Path.Combine(Source, "Channels", "Slack", "BlockKitRenderer.cs"));

        Assert.NotEmpty(ChannelNameScanner.Scan(renderer));
        Assert.NotEmpty(ChannelNameScanner.Scan(blockKit));
    }

    [Theory]
    [InlineData("using OneJanitorial.Bot.Channels.Teams.Cards;")]
    [InlineData("var x = OneJanitorial.Bot.Channels.Slack.BlockKitRenderer.Render(view);")]
    [InlineData("var card = new AdaptiveCard([new TextBlock(\"hi\")]);")]
    [InlineData("IReadOnlyList<CardElement> body = [];")]
    [InlineData("var set = new FactSet(facts);")]
    [InlineData("data[\"type\"] = \"Action.Submit\";")]
    [InlineData("var input = new JsonObject { [\"type\"] = \"Input.Text\" };")]
    [InlineData("var message = new JsonObject { [\"blocks\"] = blocks };")]
    [InlineData("var block = new JsonObject { [\"type\"] = \"section\" };")]
    [InlineData("const string Json = \"{\\\"type\\\": \\\"actions\\\"}\";")]
    [InlineData("var url = \"https://example.com\"; var card = new AdaptiveCard([]);")]
    [InlineData("var text = new JsonObject { [\"type\"] = \"mrkdwn\", [\"text\"] = t };")]
    public void Scan_CardOrBlockKitName_IsFlagged(string line)
    {
        Assert.NotEmpty(ChannelNameScanner.Scan(line));
    }

    [Theory]
    [InlineData("return builder.Length == 0 ? \"section\" : builder.ToString();")]
    [InlineData("[property: JsonPropertyName(\"section\")] string Section,")]
    [InlineData("or \"div\" or \"section\" or \"header\" or \"footer\"")]
    [InlineData("var facts = new Facts([new Fact(\"Site\", site)]);")]
    [InlineData("// An AdaptiveCard used to be built here.")]
    [InlineData("var section = new Section(blocks); var actions = view.Actions;")]
    [InlineData("var kind = FieldKind.Text; var context = new DialogContext(turn);")]
    public void Scan_PlainWordsAndNeutralTypes_AreNotFlagged(string line)
    {
        Assert.Empty(ChannelNameScanner.Scan(line));
    }
}
