using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Reminders;

namespace OneJanitorial.Bot.Tests.Huddles;

/// <summary>Which channel gets each team's huddle: a team on Slack its Slack channel instead of its Teams one, every other team Teams.</summary>
public sealed class HuddleChannelsTests
{
    private static readonly RemindersOptions Teams = new()
    {
        Channels = new(StringComparer.OrdinalIgnoreCase) { ["Toronto"] = "19:east", ["Ottawa"] = "19:east", ["Edmonton"] = "19:west", ["Calgary"] = "19:west" },
        DefaultChannel = "19:all",
    };

    private static HuddleChannels Channels(Dictionary<string, string> slack, string? slackDefault = null) =>
        new(Options.Create(Teams), TeamChannels.From(slack, slackDefault));

    [Fact]
    public void All_SomeTeamsOnSlack_TheirSlackChannelsAndEveryTeamsChannelStillServingATeamOnTeams()
    {
        var channels = Channels(new() { ["toronto"] = "C0TORONTO1", ["Edmonton"] = "C0WEST0001", ["Calgary"] = "C0WEST0001" });

        Assert.Equal(["19:east", "19:all", "C0TORONTO1", "C0WEST0001"], channels.All()); // 19:east still serves Ottawa; 19:west no one
        Assert.Equal(["C0TORONTO1", "19:east", "C0WEST0001", "19:all"], new[] { "Toronto", "Ottawa", "Calgary", "Halifax" }.Select(channels.Of));
    }

    [Fact]
    public void All_SlackDefaultChannel_EveryTeamOnSlackNoTeamsChannel()
    {
        var channels = Channels(new() { ["Toronto"] = "C0TORONTO1" }, slackDefault: " C0ALL00001 ");

        Assert.Equal(["C0TORONTO1", "C0ALL00001"], channels.All());
        Assert.Equal(["C0TORONTO1", "C0ALL00001", "C0ALL00001"], new[] { "Toronto", "Ottawa", "Halifax" }.Select(channels.Of));
    }

    [Fact]
    public void All_NoTeamOnSlack_TheTeamsChannelsAsBefore()
    {
        var channels = new HuddleChannels(Options.Create(Teams));

        Assert.Equal(["19:east", "19:west", "19:all"], channels.All());
        Assert.Equal("19:all", channels.Of("Halifax"));
    }
}
