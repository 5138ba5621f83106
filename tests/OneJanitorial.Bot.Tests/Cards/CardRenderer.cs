using System.Diagnostics;
using System.Text.Json;

namespace OneJanitorial.Bot.Tests.Cards;

/// <summary>
/// Runs tests/validators/cards/render-cards.js: the official adaptivecards renderer in headless Chromium at 360 CSS px
/// (a phone), one PNG per card, and per card its rendered height and the buttons whose titles were cut.
/// </summary>
internal static class CardRenderer
{
    public const string Chromium = "/usr/bin/chromium";

    public sealed record Rendered(string File, int HeightPx, IReadOnlyList<string> TruncatedButtons, IReadOnlyList<string> Warnings);

    public static async Task<IReadOnlyList<Rendered>> RenderAsync(string cardsDirectory, string pngDirectory)
    {
        Assert.True(
            Directory.Exists(Path.Combine(CardValidator.Directory, "node_modules", "playwright-core")),
            $"The card renderer is not installed. Run: npm ci --prefix tests/validators/cards (from {BotHost.ContentRoot()}), or `bash tests/run.sh`.");
        Assert.True(File.Exists(Chromium), "Chromium is missing. Run: apt-get install -y chromium fonts-dejavu-core");

        var start = new ProcessStartInfo("node", [Path.Combine(CardValidator.Directory, "render-cards.js"), cardsDirectory, pngDirectory, "--chromium", Chromium])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = CardValidator.Directory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"render-cards.js failed ({process.ExitCode}): {await stderr}");

        using var report = JsonDocument.Parse(await stdout);
        return [.. report.RootElement.GetProperty("cards").EnumerateArray().Select(c => new Rendered(
            c.GetProperty("file").GetString()!,
            c.GetProperty("heightPx").GetInt32(),
            [.. c.GetProperty("truncatedButtons").EnumerateArray().Select(b => b.GetString()!)],
            [.. c.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)]))];
    }
}
