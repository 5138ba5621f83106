using System.Text.RegularExpressions;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Cards;

/// <summary><c>cards export &lt;dir&gt;</c>: every card the bot can send, with sample data, one JSON file each.</summary>
public static partial class CardsCommand
{
    public const string Usage = "cards export <dir>        write every card the bot can send (sample data) as JSON files";

    public static async Task<int> RunAsync(CliContext context)
    {
        if (context.Positionals is not ["export", var directory])
        {
            throw new CliUsageException("expected: cards export <dir>");
        }
        var written = await ExportAsync(context.Services.GetServices<CardSample>(), directory, context.CancellationToken);
        await context.Out.WriteLineAsync($"wrote {written.Count} cards to {Path.GetFullPath(directory)}");
        return 0;
    }

    /// <summary>Writes each sample as "{name}.json" (indented) and returns the paths.</summary>
    public static async Task<IReadOnlyList<string>> ExportAsync(IEnumerable<CardSample> samples, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var sample in samples.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (!SafeName().IsMatch(sample.Name))
            {
                throw new InvalidOperationException($"Card sample name '{sample.Name}' must use only letters, digits, '.', '-' and '_'.");
            }
            var path = Path.Combine(directory, sample.Name + ".json");
            if (paths.Contains(path))
            {
                throw new InvalidOperationException($"Two card samples are named '{sample.Name}'.");
            }
            await File.WriteAllTextAsync(path, CardJson.Serialize(sample.Build(), indented: true), cancellationToken);
            paths.Add(path);
        }
        return paths;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex SafeName();
}
