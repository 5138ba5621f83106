using System.Diagnostics;
using System.Text.Json;

namespace OneJanitorial.Bot.Tests.Cards;

/// <summary>Runs tests/validators/cards/validate-cards.js (official adaptivecards parser + @microsoft/teams.cards type check).</summary>
internal static class CardValidator
{
    public static string Directory => Path.Combine(BotHost.ContentRoot(), "tests", "validators", "cards");

    /// <summary>Card file name → errors, for every card in <paramref name="cardsDirectory"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(string cardsDirectory)
    {
        Assert.True(
            System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "adaptivecards")),
            $"The card validators are not installed. Run: npm ci --prefix tests/validators/cards (from {BotHost.ContentRoot()}), or the README test command `bash tests/run.sh`, which installs them.");

        var start = new ProcessStartInfo("node", [Path.Combine(Directory, "validate-cards.js"), cardsDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode is 0 or 1, $"validate-cards.js failed ({process.ExitCode}): {await stderr}");

        using var report = JsonDocument.Parse(await stdout);
        var general = report.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(general.Count == 0, "validate-cards.js: " + string.Join(Environment.NewLine, general));
        return report.RootElement.GetProperty("cards").EnumerateArray().ToDictionary(
            c => c.GetProperty("file").GetString()!,
            c => c.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }
}
