using OneJanitorial.Bot.Channels;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Tests.Cards;

public sealed class CardsCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onej-export-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunAsync_Export_WritesEveryRegisteredCard()
    {
        var stdout = new StringWriter();

        var code = await CliCommands.RunAsync(["cards", "export", _dir], TextReader.Null, stdout, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, code);
        var welcome = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "welcome.adaptive.json")))!;
        Assert.Equal("AdaptiveCard", welcome["type"]!.GetValue<string>());
        Assert.Equal(AdaptiveCard.MobileVersion, welcome["version"]!.GetValue<string>());
        Assert.Contains("wrote", stdout.ToString());
    }

    [Fact]
    public async Task RunAsync_NoDirectory_IsUsageError()
    {
        var stderr = new StringWriter();

        var code = await CliCommands.RunAsync(["cards"], TextReader.Null, TextWriter.Null, stderr, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains("cards export <dir>", stderr.ToString());
    }

    [Fact]
    public async Task ExportAsync_DuplicateOrUnsafeName_Throws()
    {
        var card = new ViewSample("a", () => WelcomeCard.Build([]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => CardsCommand.ExportAsync([card, card], _dir, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => CardsCommand.ExportAsync([new ViewSample("../x", () => WelcomeCard.Build([]))], _dir, CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
