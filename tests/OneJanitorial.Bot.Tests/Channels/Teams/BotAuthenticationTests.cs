using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class BotAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "9d3b3c59-0000-4000-8000-00000000a001";

    private readonly ScriptedFeature _feature = new();
    private readonly CapturingLoggerProvider _logs = new();
    private FakeOpenIdServer _identity = null!;
    private FakeBotConnector _connector = null!;
    private TestBotFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _identity = await FakeOpenIdServer.StartAsync();
        _connector = await FakeBotConnector.StartAsync();
        _bot = new TestBotFactory(
            new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = AppId,
                ["Bot:MicrosoftAppPassword"] = "not-a-real-secret",
                ["Bot:MicrosoftAppTenantId"] = FakeOpenIdServer.TenantId,
                ["Bot:OpenIdMetadataUrl"] = _identity.BotFrameworkMetadataUrl,
                ["Bot:EntraOpenIdMetadataUrl"] = _identity.EntraMetadataUrl,
            },
            s => s.AddSingleton<ChatFeature>(_feature)
                .AddSingleton<IBotTokenProvider>(new FakeBotTokenProvider())
                .AddSingleton<ILoggerProvider>(_logs));
        _client = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private static DateTime Now => DateTime.UtcNow;

    private string Token(string? issuer = null, string audience = AppId, string? serviceUrl = null, DateTime? expires = null, SecurityKey? key = null) =>
        _identity.CreateToken(issuer ?? FakeOpenIdServer.BotFrameworkIssuer, audience, serviceUrl ?? _connector.ServiceUrl,
            (expires ?? Now.AddHours(1)).AddHours(-2), expires ?? Now.AddHours(1), key);

    private async Task<HttpResponseMessage> PostAsync(string? token, string channelId = "msteams")
    {
        var activity = ActivityFixtures.Load("personal-message", _connector.ServiceUrl).WithText("echo authenticated");
        activity["channelId"] = channelId;
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesEndpoint.Route) { Content = activity.ToContent() };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await _client.SendAsync(request);
    }

    private async Task AssertRejectedAsync(string? token, string channelId = "msteams")
    {
        using var response = await PostAsync(token, channelId);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_feature.Handled);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_ValidBotFrameworkToken_RunsTurnAndRepliesWithBotToken()
    {
        using var response = await PostAsync(Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_feature.Handled);
        Assert.Equal("Bearer " + FakeBotTokenProvider.Token, Assert.Single(_connector.Requests).Authorization);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + FakeOpenIdServer.TenantId + "/v2.0")]
    [InlineData("https://sts.windows.net/" + FakeOpenIdServer.TenantId + "/")]
    public async Task Post_ValidEntraTokenOfOurTenant_RunsTurn(string issuer)
    {
        using var response = await PostAsync(Token(issuer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_feature.Handled);
    }

    [Fact]
    public async Task Post_TokenExpiredWithinClockSkew_RunsTurn()
    {
        using var response = await PostAsync(Token(expires: Now.AddMinutes(-2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public Task Post_MissingAuthorizationHeader_Returns401() => AssertRejectedAsync(null);

    [Fact]
    public Task Post_NotAJwt_Returns401() => AssertRejectedAsync("abc.def.ghi");

    [Fact]
    public Task Post_ForgedSignature_Returns401()
    {
        using var otherRsa = RSA.Create(2048);
        var forged = new RsaSecurityKey(otherRsa) { KeyId = _identity.SigningKey.KeyId };
        return AssertRejectedAsync(Token(key: forged));
    }

    [Fact]
    public Task Post_WrongAudience_Returns401() => AssertRejectedAsync(Token(audience: "some-other-bot"));

    [Theory]
    [InlineData("https://api.botframework.com.evil.example")]
    [InlineData("https://login.microsoftonline.com/99999999-0000-0000-0000-000000000000/v2.0")]
    [InlineData("https://sts.windows.net/99999999-0000-0000-0000-000000000000/")]
    public Task Post_WrongIssuer_Returns401(string issuer) => AssertRejectedAsync(Token(issuer));

    [Fact]
    public Task Post_Expired_Returns401() => AssertRejectedAsync(Token(expires: Now.AddMinutes(-10)));

    [Fact]
    public Task Post_ServiceUrlMismatch_Returns401() => AssertRejectedAsync(Token(serviceUrl: "https://smba.trafficmanager.net/evil/"));

    [Fact]
    public Task Post_KeyNotEndorsedForTheChannel_Returns401() => AssertRejectedAsync(Token(), channelId: "slack");

    [Fact]
    public async Task Post_NoServiceUrlClaim_Returns401()
    {
        var token = _identity.CreateToken(FakeOpenIdServer.BotFrameworkIssuer, AppId, serviceUrl: null, Now.AddMinutes(-1), Now.AddHours(1));

        await AssertRejectedAsync(token);
    }

    [Fact]
    public async Task Post_RejectedToken_LogsWhyButNeverTheToken()
    {
        var token = Token(audience: "some-other-bot");

        await AssertRejectedAsync(token);

        Assert.Contains(_logs.Lines, l => l.EventId == 2003 && l.Text.Contains("SecurityTokenInvalidAudienceException", StringComparison.Ordinal));
        var signature = token.Split('.')[2];
        Assert.DoesNotContain(_logs.Lines, l => l.Text.Contains(signature, StringComparison.Ordinal));
    }
}
