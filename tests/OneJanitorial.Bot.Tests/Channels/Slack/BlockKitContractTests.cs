using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.Dialogs;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>Every exported view's Block Kit passes the @slack/types type check (tsc --strict) and Slack's counts and lengths.</summary>
public sealed class BlockKitContractTests : IDisposable
{
    private static readonly string Validators = Path.Combine(BotHost.ContentRoot(), "tests", "validators", "blockkit");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onej-blocks-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ExportedViews_PassTypeCheckAndSlackLimits()
    {
        var samples = DialogScripts.New().Services.GetServices<ViewSample>().ToList();
        await CardsCommand.ExportAsync(samples, _dir, CancellationToken.None);

        var report = await TypeCheckAsync(_dir);

        Assert.Equal(samples.Count, report.Count);
        var problems = report.SelectMany(r => r.Value.Select(e => $"{r.Key}: {e}"))
            .Concat(Directory.GetFiles(_dir, "*.slack.json").SelectMany(f => LimitProblems(Path.GetFileName(f), JsonNode.Parse(File.ReadAllText(f))!)))
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(File.Exists(Path.Combine(_dir, "welcome.txt")));
    }

    [Fact]
    public async Task TypeCheck_UnknownPropertyAndBlockType_Reported()
    {
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(Path.Combine(_dir, "probe.slack.json"), """{"blocks":[{"type":"section","txt":"x"},{"type":"bogus"}]}""");

        var report = await TypeCheckAsync(_dir);

        Assert.Contains(report["probe.slack.json"], e => e.Contains("'\"txt\"' does not exist", StringComparison.Ordinal));
        Assert.Contains(report["probe.slack.json"], e => e.Contains("\"bogus\"", StringComparison.Ordinal));
    }

    /// <summary>Slack's block counts and text lengths broken by one exported file.</summary>
    internal static IEnumerable<string> LimitProblems(string file, JsonNode json)
    {
        var (messages, max) = json switch
        {
            JsonArray pages => (pages.Select(p => p!["blocks"]!.AsArray()).ToList(), BlockKitRenderer.MaxMessageBlocks),
            _ when json["type"]?.GetValue<string>() == "modal" => ([json["blocks"]!.AsArray()], BlockKitRenderer.MaxModalBlocks),
            _ => ([json["blocks"]!.AsArray()], BlockKitRenderer.MaxMessageBlocks),
        };
        foreach (var blocks in messages)
        {
            if (blocks.Count > max)
            {
                yield return $"{file}: {blocks.Count} blocks (max {max})";
            }
            foreach (var problem in blocks.SelectMany(b => TextProblems(b!)))
            {
                yield return $"{file}: {problem}";
            }
        }
    }

    private static IEnumerable<string> TextProblems(JsonNode block)
    {
        string? Text(JsonNode? node) => node?["text"]?.GetValue<string>();
        if (block["type"]!.GetValue<string>() == "section" && Text(block["text"]) is { Length: > BlockKitRenderer.MaxSectionText } section)
        {
            yield return $"section text of {section.Length} characters";
        }
        foreach (var button in block["elements"]?.AsArray().Where(e => e!["type"]?.GetValue<string>() == "button") ?? [])
        {
            if (Text(button!["text"]) is { Length: > BlockKitRenderer.MaxButtonText } title)
            {
                yield return $"button text \"{title}\"";
            }
        }
        foreach (var option in block["element"]?["options"]?.AsArray() ?? [])
        {
            if (Text(option!["text"])!.Length > BlockKitRenderer.MaxOptionText || option["value"]!.GetValue<string>().Length > BlockKitRenderer.MaxOptionValue)
            {
                yield return $"option \"{Text(option["text"])}\"";
            }
        }
    }

    /// <summary>File name → @slack/types errors (tsc --strict), for every *.slack.json in <paramref name="directory"/>.</summary>
    internal static async Task<IReadOnlyDictionary<string, string[]>> TypeCheckAsync(string directory)
    {
        Assert.True(
            Directory.Exists(Path.Combine(Validators, "node_modules", "@slack", "types")),
            $"The Block Kit validator is not installed. Run: npm ci --prefix tests/validators/blockkit (from {BotHost.ContentRoot()})");
        var start = new ProcessStartInfo("node", [Path.Combine(Validators, "validate-blocks.js"), directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Validators,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"validate-blocks.js failed ({process.ExitCode}): {await stderr}");
        return JsonSerializer.Deserialize<Dictionary<string, string[]>>(await stdout)!;
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
