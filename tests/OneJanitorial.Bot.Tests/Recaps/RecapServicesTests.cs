using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Recaps;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class RecapServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddRecaps(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddRecaps_NoMailSettings_RegistersNoSender()
    {
        using var services = Build([]);

        Assert.Null(services.GetService<IRecapSender>());
    }

    [Fact]
    public void AddRecaps_SmtpAndGraph_PrefersSmtp()
    {
        using var services = Build(new()
        {
            ["Mail:Smtp:Host"] = "127.0.0.1", ["Mail:Smtp:From"] = "service@onejanitorial.example",
            ["Mail:Graph:Sender"] = "csr@onejanitorial.example", ["Mail:Graph:TenantId"] = "t", ["Mail:Graph:ClientId"] = "c", ["Mail:Graph:ClientSecret"] = "s",
        });

        Assert.IsType<SmtpRecapSender>(services.GetRequiredService<IRecapSender>());
    }

    [Fact]
    public void AddRecaps_GraphOnly_RegistersGraphSender()
    {
        using var services = Build(new()
        {
            ["Mail:Graph:Sender"] = "csr@onejanitorial.example", ["Mail:Graph:TenantId"] = "t", ["Mail:Graph:ClientId"] = "c", ["Mail:Graph:ClientSecret"] = "s",
        });

        Assert.IsType<GraphRecapSender>(services.GetRequiredService<IRecapSender>());
    }

    [Fact]
    public void AddRecaps_GraphWithoutSecret_FailsNamingIt()
    {
        using var services = Build(new() { ["Mail:Graph:Sender"] = "csr@onejanitorial.example", ["Mail:Graph:TenantId"] = "t", ["Mail:Graph:ClientId"] = "c" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphMailOptions>>().Value);

        Assert.Contains("Mail:Graph:ClientSecret", error.Message);
    }

    [Fact]
    public void AddRecaps_SmtpHostWithoutFrom_FailsNamingIt()
    {
        using var services = Build(new() { ["Mail:Smtp:Host"] = "127.0.0.1" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SmtpOptions>>().Value);

        Assert.Contains("Mail:Smtp:From", error.Message);
    }
}
