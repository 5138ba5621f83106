using OneJanitorial.Bot.Channels.Slack;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

public sealed class SlackResponseUrlTests
{
    private static readonly Uri SlackApi = new(SlackOptions.DefaultApiBaseUrl);
    private static readonly Uri FakeApi = new("http://127.0.0.1:5123/api/");

    [Theory]
    [InlineData("https://hooks.slack.com/actions/T123ABC456/1234567890/abcdefgh")]
    [InlineData("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN")]
    [InlineData("HTTPS://HOOKS.SLACK.COM/actions/T1/1/x")]
    [InlineData("https://hooks.slack.com:443/actions/T1/1/x")]
    [InlineData("https://hooks.slack.com/actions/T1/1/x?@evil.example")]
    public void IsSlacks_SlacksHooksHost_True(string url) => Assert.True(SlackResponseUrl.IsSlacks(url, SlackApi));

    [Fact]
    public void IsSlacks_TheConfiguredWebApisOrigin_True() =>
        Assert.True(SlackResponseUrl.IsSlacks("http://127.0.0.1:5123/response/b1", FakeApi));

    [Theory]
    [InlineData("http://hooks.slack.com/actions/T1/1/x")]
    [InlineData("https://hooks.slack.com:8443/actions/T1/1/x")]
    [InlineData("https://hooks.slack.com.evil.example/actions/T1/1/x")]
    [InlineData("https://user@hooks.slack.com/actions/T1/1/x")]
    [InlineData("https://evil.example/actions")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.1:5124/response/b1")]
    [InlineData("https://hooks.slack.com./actions/T1/1/x")]
    [InlineData("https://:@hooks.slack.com/actions/T1/1/x")]
    [InlineData("https://evil.example\\@hooks.slack.com/actions/T1/1/x")]
    [InlineData("https://hooks.slack.com\\@evil.example/actions/T1/1/x")]
    [InlineData("https://hooks.slack.com%2eevil.example/actions/T1/1/x")]
    [InlineData("https://hooks.slack.com%40evil.example/actions/T1/1/x")]
    [InlineData("https://hooks.slack.c%6Fm/actions/T1/1/x")]
    [InlineData("https://\uFF48\uFF4F\uFF4F\uFF4B\uFF53.slack.com/actions/T1/1/x")] // fullwidth letters: IDNA maps them to ASCII
    [InlineData("https://hooks\u3002slack\u3002com/actions/T1/1/x")] // ideographic full stops
    [InlineData("https://hooks.slack.com\u200B/actions/T1/1/x")] // zero-width space
    [InlineData("file://hooks.slack.com/actions/T1/1/x")]
    [InlineData("/response/b1")]
    [InlineData("")]
    [InlineData(null)]
    public void IsSlacks_AnyOtherAddress_False(string? url) => Assert.False(SlackResponseUrl.IsSlacks(url, FakeApi));

    /// <summary>
    /// A look-alike of the configured Web API's host: a case-insensitive comparison must not take the dotless i
    /// (upper case 'I') for 'i', as its IDNA host is another domain.
    /// </summary>
    [Theory]
    [InlineData("https://slack-api.\u0131nternal/x")]
    [InlineData("https://slack-api.internal./x")]
    [InlineData("http://slack-api.internal/x")]
    public void IsSlacks_ALookAlikeOfTheConfiguredWebApisOrigin_False(string url) =>
        Assert.False(SlackResponseUrl.IsSlacks(url, new Uri("https://slack-api.internal/api/")));
}
