using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly ScriptedFeature _feature = new();
    private FakeBotConnector _connector = null!;
    private TestBotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new TestBotFactory(configureServices: s => s.AddSingleton<ChatFeature>(_feature));
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode activity) => _client.PostAsync(MessagesEndpoint.Route, activity.ToContent());

    private JsonObject Fixture(string name, string? id = null) => ActivityFixtures.Load(name, _connector.ServiceUrl, id);

    [Fact]
    public async Task Post_BodyOverLimitWithContentLength_Returns413()
    {
        var activity = Fixture("personal-message").WithText(new string('x', MessagesEndpoint.MaxBodyBytes));

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_feature.Handled);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimit_Returns413()
    {
        var json = Fixture("personal-message").WithText("echo " + new string('x', MessagesEndpoint.MaxBodyBytes)).ToJsonString();
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(json));

        using var response = await _client.PostAsync(MessagesEndpoint.Route, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_feature.Handled);
    }

    [Fact]
    public async Task Post_ChunkedBodyUnderLimit_IsHandled()
    {
        var json = Fixture("personal-message").WithText("echo chunked").ToJsonString();
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(json));

        using var response = await _client.PostAsync(MessagesEndpoint.Route, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo chunked", Assert.Single(_feature.Handled).Text);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"ftp://x\",\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}")]
    public async Task Post_BadActivity_Returns400(string body)
    {
        using var response = await _client.PostAsync(MessagesEndpoint.Route, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_AnonymousModeWithRemoteServiceUrl_Returns401AndCallsNothing()
    {
        var activity = Fixture("personal-message").WithText("echo hi");
        activity["serviceUrl"] = "https://smba.trafficmanager.net/amer/";

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_feature.Handled);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("somethingNew")]
    public async Task Post_OtherActivityType_Returns200AndDoesNothing(string type)
    {
        var activity = Fixture("personal-message");
        activity["type"] = type;

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_feature.Handled);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_PersonalMessage_RepliesToTheActivity()
    {
        using var response = await PostAsync(Fixture("personal-message", "a-1").WithText("echo where is my crew"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_connector.Requests);
        Assert.Equal(("POST", "personal-chat-id", "a-1"), (reply.Method, reply.ConversationId, reply.ActivityId));
        Assert.Equal("echo where is my crew", reply.Body!["text"]!.GetValue<string>());
        Assert.Equal("bot-id", reply.Body["from"]!["id"]!.GetValue<string>());
        Assert.Equal("", reply.Authorization);
    }

    [Fact]
    public async Task Post_InstallAndBotAdded_SendsOneWelcome()
    {
        using var install = await PostAsync(Fixture("installation-add"));
        using var added = await PostAsync(Fixture("bot-added"));

        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var welcome = Assert.Single(_connector.Requests);
        Assert.Equal("application/vnd.microsoft.card.adaptive", welcome.Body!["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_Reinstall_WelcomesAgain()
    {
        var remove = Fixture("installation-add", "remove-1");
        remove["action"] = "remove";

        (await PostAsync(Fixture("installation-add", "add-1"))).Dispose();
        (await PostAsync(remove)).Dispose();
        (await PostAsync(Fixture("installation-add", "add-2"))).Dispose();

        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Post_ExecuteInvoke_ReturnsReplacementCard()
    {
        using var response = await PostAsync(Fixture("execute-invoke"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("Ticket 42 saved", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_ExecuteInvokeWithoutAction_Returns400InvokeError()
    {
        var activity = Fixture("execute-invoke");
        activity["value"] = new JsonObject { ["trigger"] = "manual" };

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Empty(_feature.Handled);
    }

    [Fact]
    public async Task Post_OtherInvoke_Returns501()
    {
        var activity = Fixture("execute-invoke");
        activity["name"] = "task/fetch";

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_feature.Handled);
    }

    [Fact]
    public async Task Post_CardSubmit_GivesCardDataToFeatures()
    {
        using var response = await PostAsync(Fixture("submit"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_feature.Handled);
        Assert.Equal(TurnKind.ViewAction, turn.Kind);
        Assert.Equal("site: Acme Plaza", Assert.Single(_connector.Requests).Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_Reaction_AcknowledgesWithoutATurn()
    {
        using var response = await PostAsync(Fixture("reaction"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_feature.Handled);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_GroupMessageWithoutMention_IsIgnored()
    {
        using var response = await PostAsync(Fixture("group-message-no-mention").WithText("echo not for the bot"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_feature.Handled);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_ChannelMention_StripsMentionAndRepliesInThread()
    {
        using var response = await PostAsync(Fixture("channel-message-mention").WithText("<at>One Janitorial</at> echo sites"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo sites", Assert.Single(_feature.Handled).Text);
        Assert.Equal("19:general@thread.tacv2;messageid=1700000000002", Assert.Single(_connector.Requests).ConversationId);
    }

    [Fact]
    public async Task Post_RedeliveredActivity_RunsTurnOnce()
    {
        (await PostAsync(Fixture("personal-message", "same-id").WithText("echo once"))).Dispose();
        using var redelivered = await PostAsync(Fixture("personal-message", "same-id").WithText("echo once"));

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Single(_feature.Handled);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Post_FeatureThrows_Returns200AndApologizes()
    {
        using var response = await PostAsync(Fixture("personal-message").WithText("boom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("went wrong", Assert.Single(_connector.Requests).Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_ChannelMessage_StoresChannelReference()
    {
        (await PostAsync(Fixture("channel-message-mention").WithText("<at>One Janitorial</at> echo hi"))).Dispose();

        var references = _bot.Services.GetRequiredService<ConversationReferences>();
        var reference = await references.GetAsync("19:general@thread.tacv2", CancellationToken.None);
        Assert.Equal(
            new ConversationReference(_connector.ServiceUrl, "19:general@thread.tacv2", "channel", "tenant-id", "19:team@thread.tacv2",
                "19:general@thread.tacv2", "bot-id", "One Janitorial", "user-id-1", "Megan Bowen", null),
            reference);
    }

    /// <summary>Content whose length is unknown up front, so it goes out chunked.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
