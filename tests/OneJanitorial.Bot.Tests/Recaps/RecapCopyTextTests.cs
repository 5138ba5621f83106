using System.Text.RegularExpressions;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Recaps;

namespace OneJanitorial.Bot.Tests.Recaps;

/// <summary>
/// The recap text a CSR copies keeps its shape in every channel: the headings on their own lines, the bullets, the
/// blank lines between sections and the sign-off lines (Markdown joins single line breaks, so Teams gets a code block).
/// </summary>
public sealed partial class RecapCopyTextTests
{
    private static string CopyText()
    {
        var sheet = RecapFactSheet.Create(RecapCardSample.Facts(), RecapSamples.Prompts);
        var recap = RecapComposer.Compose(sheet, RecapComposer.TemplateSections(sheet, RecapSamples.Prompts), RecapGenerator.Template, RecapSamples.Prompts);
        return RecapMessage.CopyText(recap);
    }

    [Fact]
    public void CopyText_TemplateRecap_HasHeadingsBulletsAndBlankLinesOnTheirOwnLines()
    {
        var lines = CopyText().Split('\n');
        foreach (var heading in new[] { "Issue", "Action Plan", "Checklist", "3-Strike Policy" })
        {
            var at = Array.IndexOf(lines, heading);
            Assert.True(at > 0, $"\"{heading}\" is not a line of its own.");
            Assert.Equal("", lines[at - 1]);
        }
        Assert.Contains(lines, l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.True(lines.Count(l => l.Length == 0) >= 5);
    }

    [Fact]
    public void RenderMessage_Teams_IsOneCodeBlockWithEveryLineAsCopied()
    {
        var text = CopyText();
        var markdown = CardMarkdown.RenderMessage(BotMessage.Copyable(text).Text!);
        var match = Fence().Match(markdown);
        Assert.True(match.Success, markdown);
        Assert.Equal(text.Split('\n'), match.Groups["body"].Value.Split('\n'));
    }

    [Fact]
    public void RenderMessage_TeamsTextWithBackticks_FenceIsLongerThanAnyRun()
    {
        var markdown = CardMarkdown.RenderMessage(BotMessage.Copyable("a\n```\nb").Text!);
        Assert.StartsWith("````\n", markdown);
        Assert.EndsWith("\n````", markdown);
    }

    [Fact]
    public void Render_BlockKitMrkdwn_IsACodeBlockWithEveryLineAsCopied()
    {
        var text = CopyText();
        var content = Assert.Single(new SlackMessageFormatter().Format(BotMessage.Copyable(text)));
        var match = Fence().Match(content.Text);
        Assert.True(match.Success, content.Text);
        Assert.Equal(SlackText.Escape(text).Split('\n'), match.Groups["body"].Value.Split('\n'));
    }

    [Fact]
    public void Plain_Text_IsTheCopiedTextLineForLine()
    {
        var text = CopyText();
        Assert.Equal(text.Split('\n'), ViewTextRenderer.Plain(BotMessage.Copyable(text).Text!).Split('\n'));
    }

    [Fact]
    public void Copyable_TextLookingLikeMarkup_StaysLiteral()
    {
        var markup = BotMessage.Copyable("**Issue**\n- [link](https://example.com)").Text!;
        Assert.Equal("**Issue**\n- [link](https://example.com)", markup.ToPlainText());
        Assert.Contains("**Issue**", CardMarkdown.RenderMessage(markup));
    }

    [GeneratedRegex(@"\A(?<fence>`{3,})\n(?<body>.*)\n\k<fence>\z", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
