using System.CommandLine;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels;

/// <summary>
/// <c>cards export &lt;dir&gt;</c>: every view the bot can send, with sample data, in each channel's rendering:
/// "{name}.adaptive.json" (Teams), "{name}.slack.json" (Block Kit) and "{name}.txt" (the terminal).
/// </summary>
public static partial class CardsCommand
{
    public static Command Create(CliContext cli)
    {
        var directory = new Argument<string>("dir") { Description = "folder to write the files to (created if missing)" };
        var export = new Command("export", "write every view the bot can send (sample data) as Adaptive Card, Block Kit and text files") { directory };
        export.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetRequiredValue(directory);
            var written = await ExportAsync(cli.Services.GetServices<ViewSample>(), dir, cancellationToken);
            await cli.Out.WriteLineAsync($"wrote {written.Count} cards to {Path.GetFullPath(dir)}");
            return 0;
        });
        return new Command("cards", "the cards (views) the bot sends") { export };
    }

    /// <summary>Writes each sample in all three renderings and returns the Adaptive Card paths.</summary>
    public static async Task<IReadOnlyList<string>> ExportAsync(IEnumerable<ViewSample> samples, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var sample in samples.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (!SafeName().IsMatch(sample.Name))
            {
                throw new InvalidOperationException($"Card sample name '{sample.Name}' must use only letters, digits, '.', '-' and '_'.");
            }
            var path = Path.Combine(directory, sample.Name + ".adaptive.json");
            if (paths.Contains(path))
            {
                throw new InvalidOperationException($"Two card samples are named '{sample.Name}'.");
            }
            var view = sample.Build();
            var card = AdaptiveCardRenderer.Render(view);
            await File.WriteAllTextAsync(path, CardJson.Serialize(card, indented: true), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(directory, sample.Name + ".slack.json"), BlockKitRenderer.Export(view), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(directory, sample.Name + ".txt"), ViewTextRenderer.Render(view), cancellationToken);
            paths.Add(path);
        }
        return paths;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex SafeName();
}
