using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class BotOptionsTests
{
    [Fact]
    public void Start_AppIdWithoutSecret_FailsWithClearMessage()
    {
        using var bot = new TestBotFactory(new Dictionary<string, string?> { ["Bot:MicrosoftAppId"] = "app-id" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains("Bot:MicrosoftAppPassword is empty", validation.Message);
    }

    [Fact]
    public async Task Start_NoAppId_RunsAnonymously()
    {
        using var bot = new TestBotFactory();
        using var client = bot.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public void Validate_AppIdAndSecret_IsValid()
    {
        var options = new BotOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "secret" };

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    [Theory]
    [InlineData("00:00:30")]
    [InlineData("8.00:00:00")]
    public void Start_OutboxMaxAgeOutOfRange_FailsNamingIt(string maxAge)
    {
        using var bot = new TestBotFactory(new Dictionary<string, string?> { ["Bot:OutboxMaxAge"] = maxAge });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains(nameof(BotOptions.OutboxMaxAge), validation.Message);
    }

    [Theory]
    [InlineData(null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("tenant-1", "https://login.microsoftonline.com/tenant-1")]
    public void AuthorityFor_Tenant_PicksTokenAuthority(string? tenant, string expected)
    {
        var options = new BotOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "secret", MicrosoftAppTenantId = tenant };

        Assert.Equal(expected, MsalBotTokenProvider.AuthorityFor(options));
    }
}
