using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class TeamsActivityMapperTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static IncomingTurn? Map(JsonObject activity) => TeamsActivityMapper.ToTurn(activity.ToActivity(), Now);

    private static JsonObject Fixture(string name) => ActivityFixtures.Load(name, ServiceUrl);

    [Fact]
    public void ToTurn_PersonalMessage_IsMessageWithUserAndTimeZone()
    {
        var turn = Map(Fixture("personal-message"))!;

        Assert.Equal((TurnKind.Message, "hello", "personal-chat-id", "personal"), (turn.Kind, turn.Text, turn.ConversationId, turn.ConversationType));
        Assert.Equal(new TurnUser("user-id-0", "Alex Wilber"), turn.User);
        Assert.NotNull(turn.UserTimeZone);
    }

    [Fact]
    public void ToTurn_GroupMessageWithoutMention_IsNull() => Assert.Null(Map(Fixture("group-message-no-mention")));

    [Fact]
    public void ToTurn_ChannelMessageMentioningBot_StripsTheMention()
    {
        var turn = Map(Fixture("channel-message-mention").WithText("<at>One Janitorial</at> what bucket is this?"))!;

        Assert.Equal("what bucket is this?", turn.Text);
        Assert.Equal("channel", turn.ConversationType);
    }

    [Fact]
    public void ToTurn_ChannelMessageMentioningSomeoneElse_IsNull()
    {
        var activity = Fixture("channel-message-mention");
        activity["entities"]![0]!["mentioned"]!["id"] = "user-id-4";

        Assert.Null(Map(activity));
    }

    [Fact]
    public void ToTurn_CardSubmit_IsViewActionWithData()
    {
        var turn = Map(Fixture("submit"))!;

        Assert.Equal(TurnKind.ViewAction, turn.Kind);
        Assert.Equal("test.echo", turn.Verb);
        Assert.Equal("Acme Plaza", turn.Data!["site"]!.GetValue<string>());
    }

    [Fact]
    public void ToTurn_ExecuteInvoke_TakesVerbAndDataFromTheAction()
    {
        var turn = Map(Fixture("execute-invoke"))!;

        Assert.Equal(TurnKind.ViewAction, turn.Kind);
        Assert.Equal("test.replace", turn.Verb);
        Assert.Equal("42", turn.Data!["ticket"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("installation-add", TurnKind.Installed)]
    [InlineData("bot-added", TurnKind.Installed)]
    public void ToTurn_Install_IsInstalled(string fixture, TurnKind expected) => Assert.Equal(expected, Map(Fixture(fixture))!.Kind);

    [Fact]
    public void ToTurn_SomeoneElseAdded_IsNull()
    {
        var activity = Fixture("bot-added");
        activity["membersAdded"]![0]!["id"] = "user-id-3";

        Assert.Null(Map(activity));
    }

    [Fact]
    public void ToTurn_Reaction_IsNull() => Assert.Null(Map(Fixture("reaction")));
}
