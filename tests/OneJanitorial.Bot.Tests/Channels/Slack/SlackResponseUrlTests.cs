using OneJanitorial.Bot.Channels.Slack;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

public sealed class SlackResponseUrlTests
{
    private static readonly Uri SlackApi = new(SlackOptions.DefaultApiBaseUrl);
    private static readonly Uri FakeApi = new("http://127.0.0.1:5123/api/");

    [Theory]
    [InlineData("https://hooks.slack.com/actions/T123ABC456/1234567890/abcdefgh")]
    [InlineData("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN")]
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
    [InlineData("/response/b1")]
    [InlineData("")]
    [InlineData(null)]
    public void IsSlacks_AnyOtherAddress_False(string? url) => Assert.False(SlackResponseUrl.IsSlacks(url, FakeApi));
}
