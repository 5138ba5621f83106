using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Reminders.Chat;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Reminders;

/// <summary>The services a reminder sender needs (options, router, cards, an in-memory store) for <paramref name="configuration"/>; the test adds its channel.</summary>
internal static class ReminderTestServices
{
    public static ServiceCollection Create(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(configuration)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IStateStore>(new InMemoryStateStore());
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.SectionName);
        services.AddSingleton<ReminderRouter>();
        services.AddSingleton<ReminderCards>();
        return services;
    }
}
