using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class TicketsServiceCollectionExtensionsTests : IDisposable
{
    private readonly SqliteTestFolder _folder = new();
    private string DbPath => _folder.PathOf();

    [Fact]
    public async Task AddTickets_ConfiguredSection_BindsOwnersAndHolidaysAndUsesTheSharedSqliteFile()
    {
        using var provider = Build(new()
        {
            ["Tickets:Owners:Toronto"] = "Taylor",
            ["Tickets:Holidays:0"] = "2026-11-23",
        });
        var service = provider.GetRequiredService<TicketService>();

        var plan = (await service.PlanAsync(Intakes.Valid(), CancellationToken.None)).Plan!;

        Assert.Equal("Taylor", plan.Owner);
        Assert.Equal(Intakes.Date("2026-11-24"), plan.CreateDate);
        Assert.True(File.Exists(DbPath));
    }

    [Theory]
    [InlineData("Tickets:EstCloseBusinessDays", "9")]
    [InlineData("Tickets:DefaultOwner", "")]
    public void AddTickets_InvalidSetting_FailsWithOptionsError(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TicketsOptions>>().Value);

        Assert.Contains(key.Split(':')[1], error.Message);
    }

    [Fact]
    public async Task AddTickets_WithStorage_TicketSchemaAppliedByTheMigrationRunner()
    {
        using var provider = Build([]);

        var applied = await provider.GetRequiredService<Database>().MigrateAsync(CancellationToken.None);

        Assert.Equal([.. StateStoreMigrations.All.Concat(TicketMigrations.All).Select(m => m.Id).Order(StringComparer.Ordinal)], applied);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings.TryAdd("Storage:SqlitePath", DbPath);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddStorage(configuration);
        services.AddTickets(configuration);
        return services.BuildServiceProvider();
    }

    public void Dispose() => _folder.Dispose();
}
