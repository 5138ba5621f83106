using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class ConversationReferenceTests
{
    [Theory]
    [InlineData("19:general@thread.tacv2;messageid=1700000000002", "19:general@thread.tacv2")]
    [InlineData("a:1Xy-personal", "a:1Xy-personal")]
    public void WithoutThread_ChannelThreadId_IsTheChannel(string conversationId, string expected) =>
        Assert.Equal(expected, ConversationReference.WithoutThread(conversationId));

    [Fact]
    public void From_PersonalMessage_KeepsUserAndTenant()
    {
        var activity = ActivityFixtures.Load("personal-message", "https://smba.trafficmanager.net/amer/").ToActivity();

        var reference = ConversationReference.From(activity)!;

        Assert.Equal(("personal-chat-id", "personal", "tenant-id"), (reference.ConversationId, reference.ConversationType, reference.TenantId));
        Assert.Equal(("user-id-0", "00000000-0000-0000-0000-0000000000a1", "bot-id"), (reference.UserId, reference.UserAadObjectId, reference.BotId));
        Assert.Null(reference.TeamId);
    }

    [Theory]
    [InlineData("https://x/v3/conversations/19%3Ageneral%40thread.tacv2%3Bmessageid%3D1/activities/5", "19:general@thread.tacv2;messageid=1")]
    [InlineData("https://x/amer/v3/conversations/a%3A1/activities", "a:1")]
    [InlineData("https://x/v3/conversations", null)]
    [InlineData("https://x/v3/conversations/", null)]
    [InlineData("https://x/v3/v3/conversations/b%2F2/activities", "b/2")]
    public void ConversationIdOf_ConnectorUrl_ReadsTheId(string url, string? expected) =>
        Assert.Equal(expected, ConnectorCall.ConversationIdOf(new Uri(url)));
}
