using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.Channels.CrossChannel;
using OneJanitorial.Bot.Tests.Channels.Slack;
using OneJanitorial.Bot.Tests.Tickets.Chat;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels;

/// <summary>
/// One conversation — an SOP question, the bucket helper, a ticket intake to the created ticket, its recap — through
/// every channel adapter, each on its own bot: the core sends the same neutral replies in every channel (tapped before
/// rendering, compared by signature: text, view summary, block kinds, verbs), each channel's wire rendering shows
/// exactly those replies and is valid for the channel, and the Block Kit rendering of each view passes Slack's type
/// check and limits.
/// </summary>
public sealed class CrossChannelConversationTests
{
    /// <summary>The channels the conversation runs through; a channel's leg is added here.</summary>
    private static readonly Func<ConversationLeg>[] Legs = [() => new ConsoleLeg(), () => new TeamsLeg(), () => new SlackLeg()];

    private static readonly Step[] Conversation =
    [
        Say("how long do I have to close a ticket?"),
        Say("what bucket is this?"),
        Press("No"),
        Say("new ticket"),
        Press("Full"),
        Submit(IntakeSteps.Review),
        Submit(IntakeSteps.Concern),
        Submit(new { category = "service-issue" }),
        Submit(new { inScope = "yes" }),
        Submit(With(IntakeSteps.Cleaner, ("cleanerEmail", "jane@cleaning.example"))),
        Press("Looks right"),
        Submit(With(IntakeSteps.NoteIssue, ("checklistItems", "Empty all trash bins"))),
        Submit(IntakeSteps.NoteCall),
        Submit(IntakeSteps.NoteFollowUp),
        Press("Create"),
        Say("recap 1"),
    ];

    [Fact]
    public async Task SopBucketIntakeRecap_EveryChannel_SameNeutralRepliesValidRenderings()
    {
        var runs = new List<(string Channel, List<string> Steps, IReadOnlyList<TappedReply> Replies)>();
        foreach (var create in Legs)
        {
            await using var leg = create();
            var steps = new List<string>();
            foreach (var step in Conversation)
            {
                var before = leg.Tap.Replies.Count;
                await step.Act(leg);
                steps.Add($"{step.Name} => {string.Join(" ++ ", leg.Tap.Replies.Skip(before).Select(r => r.Signature))}");
            }
            await leg.AssertRenderingsAsync();
            runs.Add((leg.Channel, steps, leg.Tap.Replies));
        }

        var (first, expected, replies) = runs[0];
        AssertReachedTheRecap(expected);
        foreach (var (channel, steps, _) in runs.Skip(1))
        {
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(expected[i] == steps[i], $"Step {i + 1}, {first}:\n{expected[i]}\n{channel}:\n{steps[i]}");
            }
        }
        await AssertBlockKitAsync([.. replies.SelectMany(r => r.Views)]);
    }

    /// <summary>Each step got its answer: the SOP's, bucket 3A, Quick or Full, the computed ticket, the created ticket, the recap preview.</summary>
    private static void AssertReachedTheRecap(IReadOnlyList<string> steps)
    {
        Assert.All(steps, s => Assert.False(s.EndsWith("=> ", StringComparison.Ordinal), $"no reply: {s}"));
        Assert.Contains("sop.feedback", steps[0], StringComparison.Ordinal);
        Assert.Contains("3A", steps[2], StringComparison.Ordinal);
        Assert.Contains("intake.quick", steps[3], StringComparison.Ordinal);
        Assert.Contains("intake.override", steps[9], StringComparison.Ordinal);
        Assert.Contains("Ticket 1 created", steps[14], StringComparison.Ordinal);
        Assert.Contains("recap.send", steps[15], StringComparison.Ordinal);
    }

    /// <summary>Each view as Slack gets it (a modal when it has form fields, else messages) passes @slack/types and Slack's limits, with the view's verbs on its buttons.</summary>
    private static async Task AssertBlockKitAsync(IReadOnlyList<View> views)
    {
        var dir = Directory.CreateTempSubdirectory("onej-cross-slack-");
        try
        {
            for (var i = 0; i < views.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(dir.FullName, $"step-{i:D2}.slack.json"), BlockKitRenderer.Export(views[i]));
            }
            var report = await BlockKitContractTests.TypeCheckAsync(dir.FullName);
            var problems = report.SelectMany(r => r.Value.Select(e => $"{r.Key}: {e}"))
                .Concat(dir.GetFiles().SelectMany(f => BlockKitContractTests.LimitProblems(f.Name, JsonNode.Parse(File.ReadAllText(f.FullName))!)))
                .ToList();
            Assert.Equal(views.Count, report.Count);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
            for (var i = 0; i < views.Count; i++)
            {
                var verbs = BlockKitVerbs(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir.FullName, $"step-{i:D2}.slack.json")))!);
                var expected = TappedReply.VerbsOf(views[i]);
                Assert.True(ViewTree.Fields(views[i]).Any() ? verbs.All(expected.Contains) && verbs.Count > 0 == expected.Count > 0 : verbs.SequenceEqual(expected),
                    $"\"{views[i].Summary}\": Block Kit verbs {string.Join(",", verbs)}, view verbs {string.Join(",", expected)}");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The verbs of the buttons (and of a modal's submit) in a Block Kit export.</summary>
    private static List<string> BlockKitVerbs(JsonNode export) =>
    [
        .. JsonTree.Objects(export).Where(o => JsonTree.Type(o) == "button").Select(b => b["value"]!.GetValue<string>())
            .Concat(export is JsonObject { } modal && modal["private_metadata"] is { } submit ? [submit.GetValue<string>()] : [])
            .Select(value => JsonNode.Parse(value)!["verb"]!.GetValue<string>()),
    ];

    private static Step Say(string text) => new($"Say(\"{text}\")", leg => leg.SayAsync(text));

    private static Step Press(string title, object? inputs = null) =>
        new($"Press(\"{title}\")", leg => leg.PressAsync(title, ConversationScript.ToStrings(inputs)));

    /// <summary>Presses the first button of the last view that sends the form (not Back or Cancel).</summary>
    private static Step Submit(object inputs) => new("Submit(...)", leg =>
    {
        var button = ViewTree.Actions(leg.Tap.LastView!).OfType<VerbAction>().First(a => !a.SkipsForm);
        return leg.PressAsync(button.Title, ConversationScript.ToStrings(inputs));
    });

    private static Dictionary<string, string> With(object inputs, params (string Key, string Value)[] more)
    {
        var values = ConversationScript.ToStrings(inputs);
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }
        return values;
    }

    private sealed record Step(string Name, Func<ConversationLeg, Task> Act);
}
