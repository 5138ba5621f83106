using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>Reminder settings (<c>Reminders</c> section, holidays from <c>Tickets:Holidays</c>).</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>()
            .BindConfiguration(RemindersOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZones.Find(o.DefaultTimeZone) is not null, "Reminders:DefaultTimeZone is not a known time zone.")
            .Validate(o => o.BusinessHours.Start < o.BusinessHours.End, "Reminders:BusinessHours:Start must be before End.")
            .ValidateOnStart();
        services.AddSingleton(sp => ReminderSettings.From(
            sp.GetRequiredService<IOptions<RemindersOptions>>().Value, sp.GetRequiredService<IOptions<TicketsOptions>>().Value));
        services.AddSingleton<ReminderPreview>();
        return services;
    }
}
