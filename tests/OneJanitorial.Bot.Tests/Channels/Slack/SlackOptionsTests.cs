using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

public sealed class SlackOptionsTests
{
    [Fact]
    public void Validate_NothingSet_IsValidAndOff()
    {
        var options = new SlackOptions();

        Assert.Empty(Errors(options));
        Assert.False(options.IsEnabled);
        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBaseUri);
    }

    [Theory]
    [InlineData("secret", "xoxb-1", null, true, false)]
    [InlineData(null, "xoxb-1", "xapp-1", false, true)]
    [InlineData("secret", "xoxb-1", "xapp-1", true, true)]
    public void Validate_CompleteSettings_AreValid(string? secret, string? botToken, string? appToken, bool http, bool socketMode)
    {
        var options = new SlackOptions { SigningSecret = secret, BotToken = botToken, AppToken = appToken };

        Assert.Empty(Errors(options));
        Assert.Equal(http, options.HttpEnabled);
        Assert.Equal(socketMode, options.SocketModeEnabled);
    }

    [Theory]
    [InlineData("secret", null, null, "Slack:BotToken is empty")]
    [InlineData(null, null, "xapp-1", "Slack:BotToken is empty")]
    [InlineData(null, "xoxb-1", null, "neither Slack:SigningSecret")]
    [InlineData("secret", "xoxp-user-token", null, "must be a bot token")]
    [InlineData(null, "xoxb-1", "xoxb-1", "must be an app-level token")]
    public void Validate_IncompleteOrWrongSettings_NamesTheKey(string? secret, string? botToken, string? appToken, string expected)
    {
        var errors = Errors(new SlackOptions { SigningSecret = secret, BotToken = botToken, AppToken = appToken });

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://slack.com/api/")]
    public void Validate_BadApiBaseUrl_IsRejected(string url) =>
        Assert.NotEmpty(Errors(new SlackOptions { ApiBaseUrl = url }));

    [Theory]
    [InlineData("Channels", "#edmonton", "Slack:Channels:Edmonton must be a Slack channel id")]
    [InlineData("DefaultChannel", "general", "Slack:DefaultChannel must be a Slack channel id")]
    [InlineData("Users", "taylor@example.com", "Slack:Users:Taylor must be a Slack user id")]
    public void Validate_ReminderMappingNotSlackIds_NamesTheKey(string key, string value, string expected)
    {
        var options = new SlackOptions();
        switch (key)
        {
            case "Channels":
                options.Channels["Edmonton"] = value;
                break;
            case "DefaultChannel":
                options.DefaultChannel = value;
                break;
            default:
                options.Users["Taylor"] = value;
                break;
        }

        Assert.Contains(Errors(options), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ChannelForAndUserIdOf_MappedCaseInsensitively_DefaultChannelForOtherTeams_RecordedIdsAsThemselves()
    {
        var options = new SlackOptions { DefaultChannel = "C0DEFAULT1", Channels = new(StringComparer.OrdinalIgnoreCase) { ["Edmonton"] = "C0EDMONTON1" } };
        options.Users["Taylor"] = "U0TAYLOR01";

        Assert.Equal(("C0EDMONTON1", "C0DEFAULT1"), (options.ChannelFor("edmonton"), options.ChannelFor("Toronto")));
        Assert.Equal(("U0TAYLOR01", "U0CASEY001", null), (options.UserIdOf("TAYLOR"), options.UserIdOf("U0CASEY001"), options.UserIdOf("Casey")));
        Assert.Empty(Errors(options));
    }

    [Fact]
    public void ApiBaseUri_WithoutTrailingSlash_GetsOne() =>
        Assert.Equal("http://127.0.0.1:5000/api/chat.postMessage", new Uri(new SlackOptions { ApiBaseUrl = "http://127.0.0.1:5000/api" }.ApiBaseUri, "chat.postMessage").ToString());

    [Fact]
    public async Task Start_SigningSecretWithoutBotToken_FailsNamingTheKey()
    {
        await using var bot = new TestBotFactory(new Dictionary<string, string?> { ["Slack:SigningSecret"] = "secret" });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => bot.CreateClient());

        Assert.Contains("Slack:BotToken", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SlackEndpoints.EventsRoute)]
    [InlineData(SlackEndpoints.CommandsRoute)]
    [InlineData(SlackEndpoints.InteractionsRoute)]
    public async Task Post_NoSlackConfig_EndpointsAreOff(string route)
    {
        await using var bot = new TestBotFactory();
        using var client = bot.CreateClient();

        using var response = await client.PostAsync(route, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(0, "CallTimeoutSeconds")]
    [InlineData(61, "CallTimeoutSeconds")]
    public void Validate_CallTimeoutOutOfRange_IsRejected(int seconds, string expected) =>
        Assert.Contains(Errors(new SlackOptions { CallTimeoutSeconds = seconds }), e => e.Contains(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData(30, 30)]
    [InlineData(45, 30)]
    public void Validate_CallTimeoutNotBelowTurnTimeout_NamesBothKeys(int callSeconds, int turnSeconds)
    {
        var errors = Errors(new SlackOptions { CallTimeoutSeconds = callSeconds, TurnTimeout = TimeSpan.FromSeconds(turnSeconds) });

        Assert.Contains(errors, e => e.Contains("Slack:CallTimeoutSeconds", StringComparison.Ordinal) && e.Contains("Slack:TurnTimeout", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 60)]
    [InlineData(10, 60)]
    [InlineData(29, 30)]
    public void Validate_CallTimeoutInRangeAndBelowTurnTimeout_IsValid(int callSeconds, int turnSeconds) =>
        Assert.Empty(Errors(new SlackOptions { CallTimeoutSeconds = callSeconds, TurnTimeout = TimeSpan.FromSeconds(turnSeconds) }));

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Validate_TurnTimeoutShorterThanHalfTheLongestRetryDelay_IsRejected(int seconds) =>
        Assert.Contains(Errors(new SlackOptions { CallTimeoutSeconds = 1, TurnTimeout = TimeSpan.FromSeconds(seconds) }), e => e.Contains("TurnTimeout", StringComparison.Ordinal));

    [Fact]
    public void Validate_TurnTimeoutCoversTheLongestRetryDelayTwice_IsValid() =>
        Assert.Empty(Errors(new SlackOptions { CallTimeoutSeconds = 1, TurnTimeout = SlackInboxWorker.RetryDelay(SlackInboxWorker.MaxAttempts - 1) / 2 }));

    private static List<string> Errors(SlackOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
