using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class ConnectorLimitsOptionsTests
{
    [Fact]
    public void Defaults_AreTeamsDocumentedLimits()
    {
        var options = new ConnectorLimitsOptions();

        Assert.True(options.Enabled);
        Assert.Equal(
            [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)), (50, TimeSpan.FromSeconds(1))],
            new[] { options.ConversationBurst, options.ConversationShort, options.ConversationSustained, options.ConversationHourly, options.Tenant }
                .Select(w => (w.Permits, w.Window)));
    }

    [Fact]
    public void Bind_OneWindowConfigured_KeepsTheOthersDocumentedValues()
    {
        var options = Bind(new() { ["Bot:ConnectorLimits:ConversationSustained:Permits"] = "30", ["Bot:ConnectorLimits:Enabled"] = "false" });

        Assert.False(options.Enabled);
        Assert.Equal((30, TimeSpan.FromSeconds(30)), (options.ConversationSustained.Permits, options.ConversationSustained.Window));
        Assert.Equal(7, options.ConversationBurst.Permits);
        Assert.Equal(50, options.Tenant.Permits);
    }

    [Theory]
    [InlineData("Bot:ConnectorLimits:ConversationBurst:Permits", "0", "Bot:ConnectorLimits:ConversationBurst")]
    [InlineData("Bot:ConnectorLimits:Tenant:Window", "00:00:00.500", "Bot:ConnectorLimits:Tenant")]
    [InlineData("Bot:ConnectorLimits:QueueLimit", "0", "QueueLimit")]
    public void Validate_OutOfRange_FailsNamingTheKey(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Start_InvalidLimit_FailsBeforeTakingATurn()
    {
        using var bot = new TestBotFactory(new Dictionary<string, string?> { ["Bot:ConnectorLimits:ConversationHourly:Permits"] = "-1" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains("Bot:ConnectorLimits:ConversationHourly", Assert.IsType<OptionsValidationException>(error.GetBaseException()).Message);
    }

    [Fact]
    public void Validate_Defaults_AreValid()
    {
        var options = new ConnectorLimitsOptions();

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    private static ConnectorLimitsOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddTeamsChannel(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ConnectorLimitsOptions>>().Value;
    }
}
