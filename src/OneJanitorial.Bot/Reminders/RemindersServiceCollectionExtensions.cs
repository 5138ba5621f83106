using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Reminders.Chat;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tickets;
using Quartz;

namespace OneJanitorial.Bot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Reminder rules and settings (<c>Reminders</c> section, holidays from <c>Tickets:Holidays</c>), the outbox in the
    /// app database (<see cref="ReminderMigrations"/>), routing, the reminder card's buttons in chat, and the Quartz job that runs a scheduler pass every
    /// <c>Reminders:PollSeconds</c> unless <c>Reminders:SchedulerEnabled</c> is false. A channel registers <see cref="IReminderSender"/>.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RemindersOptions>()
            .BindConfiguration(RemindersOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => Conversation.TimeZones.Find(o.DefaultTimeZone) is not null, "Reminders:DefaultTimeZone is not a known time zone.")
            .Validate(o => o.BusinessHours.Start < o.BusinessHours.End, "Reminders:BusinessHours:Start must be before End.")
            .Validate(o => o.Huddles.Morning < o.Huddles.EndOfDay, "Reminders:Huddles:Morning must be before EndOfDay.")
            .ValidateOnStart();
        services.AddSingleton(sp => ReminderSettings.From(
            sp.GetRequiredService<IOptions<RemindersOptions>>().Value, sp.GetRequiredService<IOptions<TicketsOptions>>().Value));
        services.AddSingleton<ReminderPreview>();
        services.AddMigrations(ReminderMigrations.All);
        services.AddSingleton<ReminderOutbox>();
        services.AddSingleton<ReminderRouter>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddReminderChat();
        var options = configuration.GetSection(RemindersOptions.SectionName).Get<RemindersOptions>() ?? new RemindersOptions();
        if (options.SchedulerEnabled)
        {
            services.AddQuartz(q =>
            {
                q.AddJob<ReminderPollJob>(j => j.WithIdentity(ReminderPollJob.Key).DisallowConcurrentExecution());
                q.AddTrigger(t => t.ForJob(ReminderPollJob.Key).StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds))).RepeatForever()));
            });
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
        return services;
    }
}
