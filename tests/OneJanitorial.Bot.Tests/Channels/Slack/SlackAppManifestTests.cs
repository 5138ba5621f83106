using OneJanitorial.Bot.Channels.Slack;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>The Slack app manifest asks Slack for exactly what the code handles.</summary>
public sealed class SlackAppManifestTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(BotHost.ContentRoot(), "manifest", "slack-app-manifest.yml"));

    [Fact]
    public void Manifest_SlashCommands_AreTheOnesTheBotMaps() =>
        Assert.Equal(
            SlackCommandText.Commands.Order(),
            Lines.Select(l => l.Trim()).Where(l => l.StartsWith("- command: ", StringComparison.Ordinal)).Select(l => l["- command: ".Length..]).Order());

    [Fact]
    public void Manifest_EveryCommandMaps_ToCoreText() =>
        Assert.All(SlackCommandText.Commands, c => Assert.NotNull(SlackCommandText.ToText(c, "42")));

    [Theory]
    [InlineData("callback_id: " + SlackTurnMapper.AskSopShortcut)]
    [InlineData("request_url: https://BOT-HOST" + SlackEndpoints.EventsRoute)]
    [InlineData("request_url: https://BOT-HOST" + SlackEndpoints.InteractionsRoute)]
    [InlineData("url: https://BOT-HOST" + SlackEndpoints.CommandsRoute)]
    [InlineData("- app_mention")]
    [InlineData("- message.im")]
    [InlineData("- app_home_opened")]
    [InlineData("home_tab_enabled: true")]
    [InlineData("- im:write")]
    [InlineData("- chat:write.public")]
    public void Manifest_Names_WhatTheCodeExpects(string line) =>
        Assert.Contains(Lines, l => l.Trim() == line);
}
