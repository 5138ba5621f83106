using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Tests.Conversation;

/// <summary>
/// A feature's chat code (its files that build views or handle turns) never names a type of another feature's chat
/// code: buttons cross features only through verbs the owner offers (<c>OfferedAction</c>).
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

    private static List<string> Findings(IReadOnlyList<SourceFile> files)
    {
        var features = Features(files);
        var chat = files.Where(f => features.Contains(FeatureOf(f.Path)) && IsChatCode(f.Text)).ToList();
        var chatTypes = chat.SelectMany(f => Declared().Matches(Code(f.Text)).Select(m => (Feature: FeatureOf(f.Path), Type: m.Groups["name"].Value))).ToList();
        return
        [
            .. from file in chat
               from declared in chatTypes
               where declared.Feature != FeatureOf(file.Path) && Regex.IsMatch(Code(file.Text), $@"\b{declared.Type}\b")
               select $"{file.Path}: {declared.Type} ({declared.Feature})",
        ];
    }

    /// <summary>The chat core every feature builds on: the turn pipeline, the dialog engine, views and channels.</summary>
    private static readonly string[] Core = ["Conversation", "Dialogs", "Views", "Channels"];

    /// <summary>Top-level folders, besides the core, holding a chat feature.</summary>
    private static HashSet<string> Features(IEnumerable<SourceFile> files) =>
        [.. files.Where(f => f.Text.Contains(": ChatFeature", StringComparison.Ordinal) && f.Path.Contains('/')).Select(f => FeatureOf(f.Path)).Except(Core)];

    private static string FeatureOf(string path) => path.Split('/')[0];

    private static bool IsChatCode(string text) =>
        text.Contains("using OneJanitorial.Bot.Views;", StringComparison.Ordinal)
        || text.Contains("using OneJanitorial.Bot.Conversation;", StringComparison.Ordinal)
        || text.Contains("using OneJanitorial.Bot.Dialogs;", StringComparison.Ordinal);

    /// <summary>The text without comment lines (doc comments may name anything).</summary>
    private static string Code(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex Declared();

    private sealed record SourceFile(string Path, string Text);
}
