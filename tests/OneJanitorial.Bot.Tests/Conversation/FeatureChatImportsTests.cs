using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Tests.Conversation;

/// <summary>
/// A feature's chat code (its files that build views or handle turns) never names a type of another feature's chat
/// code, and no file of a feature names another feature's chat namespace: buttons cross features only through verbs the owner offers
/// (<c>OfferedAction</c>), and dialogs only through the engine by id with options the owner declares outside its chat
/// code (e.g. <c>IntakePrefill</c>).
/// </summary>
public sealed partial class FeatureChatImportsTests
{
    private static readonly string Source = Path.Combine(BotHost.ContentRoot(), "src", "OneJanitorial.Bot");

    [Fact]
    public void FeatureChatCode_NamesNoChatTypeOfAnotherFeature()
    {
        var files = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Select(file => new SourceFile(Path.GetRelativePath(Source, file).Replace('\\', '/'), File.ReadAllText(file)))
            .Where(file => !file.Path.StartsWith("obj/", StringComparison.Ordinal) && !file.Path.StartsWith("bin/", StringComparison.Ordinal))
            .ToList();

        var findings = Findings(files);

        Assert.True(Features(files).Count >= 4, $"features found: {string.Join(", ", Features(files))}");
        Assert.Empty(findings);
    }

    [Fact]
    public void Findings_TicketCardNamingTheRecapPreview_IsFlagged()
    {
        SourceFile[] files =
        [
            new("Recaps/RecapPreviewCard.cs", "using OneJanitorial.Bot.Views;\npublic static class RecapPreviewCard { }"),
            new("Recaps/RecapChatFeature.cs", "using OneJanitorial.Bot.Conversation;\npublic sealed class RecapChatFeature : ChatFeature { }"),
            new("Tickets/Chat/TicketChatFeature.cs", "using OneJanitorial.Bot.Conversation;\npublic sealed class TicketChatFeature : ChatFeature { }"),
            new("Tickets/Chat/TicketCard.cs", "using OneJanitorial.Bot.Views;\nstatic class TicketCard { object Recap => RecapPreviewCard.Build(); }"),
            new("Tickets/Ticket.cs", "public sealed record Ticket;"),
        ];

        Assert.Equal(["Tickets/Chat/TicketCard.cs: RecapPreviewCard (Recaps)"], Findings(files));
        Assert.Empty(Findings([.. files.Where(f => f.Path != "Tickets/Chat/TicketCard.cs")]));
    }

    [Fact]
    public void Findings_SurveyFilesNamingTheIntakeWithoutCoreUsings_AreFlagged()
    {
        SourceFile[] files =
        [
            new("Surveys/SurveyChatFeature.cs", "using OneJanitorial.Bot.Conversation;\npublic sealed class SurveyChatFeature : ChatFeature { }"),
            new("Tickets/Chat/TicketChatFeature.cs", "using OneJanitorial.Bot.Conversation;\npublic sealed class TicketChatFeature : ChatFeature { }"),
            new("Tickets/Chat/IntakeFields.cs", "namespace OneJanitorial.Bot.Tickets.Chat;\npublic static class IntakeFields { }"),
            new("Tickets/Chat/TicketChat.cs", "namespace OneJanitorial.Bot.Tickets.Chat;\npublic static class TicketChat { }"),
            new("Surveys/SurveyForm.cs", "using static OneJanitorial.Bot.Tickets.Chat.FormSpecs;\nstatic class SurveyForm { static IEnumerable<Views.Block> Render() => []; }"),
            new("Surveys/SurveyIntake.cs", "static class SurveyIntake { static string Rep(Conversation.IncomingTurn t) => TicketChat.Actor(t); const string Id = IntakeFields.Client; }"),
            new("Surveys/SurveyDialog.cs", "using OneJanitorial.Bot.Tickets;\nsealed class SurveyDialog { object Start => IntakePrefill.DialogId; }"),
        ];

        Assert.Equal(
            ["Surveys/SurveyIntake.cs: IntakeFields (Tickets)", "Surveys/SurveyIntake.cs: TicketChat (Tickets)", "Surveys/SurveyForm.cs: Tickets.Chat (Tickets)"],
            Findings(files));
        Assert.Empty(Findings([.. files.Where(f => f.Path is not ("Surveys/SurveyForm.cs" or "Surveys/SurveyIntake.cs"))]));
    }

    private static List<string> Findings(IReadOnlyList<SourceFile> files)
    {
        var features = Features(files);
        var chat = files.Where(f => features.Contains(FeatureOf(f.Path)) && IsChatCode(f)).ToList();
        var chatTypes = chat.SelectMany(f => Declared().Matches(Code(f.Text)).Select(m => (Feature: FeatureOf(f.Path), Type: m.Groups["name"].Value))).ToList();
        return
        [
            .. from file in chat
               from declared in chatTypes
               where declared.Feature != FeatureOf(file.Path) && Regex.IsMatch(Code(file.Text), $@"\b{declared.Type}\b")
               select $"{file.Path}: {declared.Type} ({declared.Feature})",
            .. from file in files.Where(f => features.Contains(FeatureOf(f.Path)))
               from feature in features
               where feature != FeatureOf(file.Path) && Regex.IsMatch(Code(file.Text), $@"\b{feature}\.Chat\b")
               select $"{file.Path}: {feature}.Chat ({feature})",
        ];
    }

    /// <summary>The chat core every feature builds on: the turn pipeline, the dialog engine, views and channels.</summary>
    private static readonly string[] Core = ["Conversation", "Dialogs", "Views", "Channels"];

    /// <summary>Top-level folders, besides the core, holding a chat feature.</summary>
    private static HashSet<string> Features(IEnumerable<SourceFile> files) =>
        [.. files.Where(f => f.Text.Contains(": ChatFeature", StringComparison.Ordinal) && f.Path.Contains('/')).Select(f => FeatureOf(f.Path)).Except(Core)];

    private static string FeatureOf(string path) => path.Split('/')[0];

    /// <summary>
    /// A file in a feature's <c>Chat/</c> folder, or one that names the chat core: by a using (of any of its namespaces,
    /// static or not) or by a qualified name (<c>Views.Block</c>), so leaving the usings out does not hide a file.
    /// </summary>
    private static bool IsChatCode(SourceFile file) =>
        file.Path.Contains("/Chat/", StringComparison.Ordinal) || CoreName().IsMatch(Code(file.Text));

    /// <summary>The text without comment lines (doc comments may name anything).</summary>
    private static string Code(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex Declared();

    [GeneratedRegex(@"\bOneJanitorial\.Bot\.(?:Conversation|Dialogs|Views|Channels)\b|(?<![\w.])(?:Conversation|Dialogs|Views|Channels)\.[A-Z]")]
    private static partial Regex CoreName();

    private sealed record SourceFile(string Path, string Text);
}
