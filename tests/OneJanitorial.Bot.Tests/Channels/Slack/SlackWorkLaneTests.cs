using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>Which lane each kind of inbox work runs in: a turn's conversation as its gate keys it, the Home tab by user, a follow-up alone.</summary>
public sealed class SlackWorkLaneTests
{
    [Fact]
    public void KeyOf_EventInADm_TheDmAsItsGateKeysIt() =>
        Assert.Equal(SlackConversationGate.KeyOf("D024BE91L"), KeyOf(SlackWorkKind.Event, SlackFixtures.Event("message_im", "hi")));

    [Fact]
    public void KeyOf_CommandButtonAndModalSubmitOfOneChannel_AllInThatChannelsLane()
    {
        var command = new JsonObject { ["channel_id"] = "C123ABC456", ["user_id"] = "U123ABC456", ["command"] = "/ticket" };

        Assert.All(
            [KeyOf(SlackWorkKind.Command, command), KeyOf(SlackWorkKind.Interaction, SlackFixtures.Load("block_actions")),
                KeyOf(SlackWorkKind.Submission, SlackFixtures.ViewSubmission("V1", ScriptedFeature.EchoVerb)), KeyOf(SlackWorkKind.Event, SlackFixtures.Event("app_mention", "hi"))],
            key => Assert.Equal(SlackConversationGate.KeyOf("C123ABC456"), key));
    }

    [Fact]
    public void KeyOf_HomeTabOpenedAndAButtonOnIt_TheUsersHomeLane()
    {
        var button = SlackFixtures.Load("block_actions");
        button.Remove("channel");
        button["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "VHOME" };
        button["user"] = new JsonObject { ["id"] = "U061F7AUR" };

        Assert.Equal(SlackConversationGate.KeyOf("home:U061F7AUR"), KeyOf(SlackWorkKind.Event, SlackFixtures.Event("app_home_opened")));
        Assert.Equal(SlackConversationGate.KeyOf("home:U061F7AUR"), KeyOf(SlackWorkKind.Interaction, button));
    }

    [Fact]
    public void KeyOf_FollowUpOrAPayloadThatIsNotAnObject_ALaneOfItsOwn()
    {
        var followUp = new SlackWork("followup:V1:h", SlackWorkKind.FollowUp, new JsonObject { ["channel"] = "C123ABC456" }.ToJsonString(), DateTimeOffset.UnixEpoch);
        var broken = new SlackWork("Ev1", SlackWorkKind.Event, "not json", DateTimeOffset.UnixEpoch);

        Assert.Equal("followup:V1:h", SlackWorkLane.KeyOf(followUp));
        Assert.Equal("Ev1", SlackWorkLane.KeyOf(broken));
    }

    private static string KeyOf(SlackWorkKind kind, JsonObject payload) =>
        SlackWorkLane.KeyOf(new SlackWork("id", kind, payload.ToJsonString(), DateTimeOffset.UnixEpoch));
}
