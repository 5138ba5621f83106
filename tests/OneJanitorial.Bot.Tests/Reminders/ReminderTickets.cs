using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Reminders;

/// <summary>
/// A New Concern in Edmonton received Wed 2026-11-18 09:15 MST (16:15Z), next clean Thu 2026-11-19, est. close
/// Wed 2026-11-25; settings with no holidays unless given.
/// </summary>
internal static class ReminderTickets
{
    public const string Edmonton = "America/Edmonton";
    public static readonly DateTimeOffset Received = new(2026, 11, 18, 9, 15, 0, TimeSpan.FromHours(-7));

    public static Ticket Open(string? zone = Edmonton, DateTimeOffset? received = null) => new()
    {
        Number = 42,
        Type = TicketType.NewConcern,
        Title = "New Concern — Walmart — Cleaning Issue — Jane Doe — $100",
        Client = "Walmart",
        Building = "Store 12",
        City = "Edmonton",
        Concern = "Cleaning Issue",
        Cleaner = "Jane Doe",
        Priority = TicketPriority.Medium,
        Stage = TicketStage.NewSubmission,
        CreateDate = new DateOnly(2026, 11, 18),
        EstCloseDate = new DateOnly(2026, 11, 25),
        Owner = "Taylor",
        TimeZone = zone,
        ReceivedAt = received ?? Received,
        CreatedAt = (received ?? Received).AddMinutes(5),
        UpdatedAt = (received ?? Received).AddMinutes(5),
        Note = new MasterNote { NextClean = new DateOnly(2026, 11, 19) },
    };

    public static ReminderSettings Settings(params DateOnly[] holidays) => ReminderSettings.From(
        new RemindersOptions(), new TicketsOptions { Holidays = [.. holidays] });

    /// <summary>
    /// A dispatcher on <paramref name="database"/>, with the huddle posts of the same database (one per instance in the race
    /// tests); <paramref name="slackTeams"/>: the teams whose huddles go to Slack.
    /// </summary>
    public static ReminderDispatcher DispatcherOn(Database database, IReminderSender sender, TimeProvider clock, RemindersOptions options, TeamChannels? slackTeams = null)
    {
        var store = new SqlTicketStore(database);
        var wrapped = Options.Create(options);
        var posts = new HuddlePosts(new HuddleService(store, new SurveyStore(database), Settings(), clock), new HuddleChannels(wrapped, slackTeams));
        return new(store, new ReminderOutbox(database), Settings(), sender, posts, clock, wrapped, NullLogger<ReminderDispatcher>.Instance);
    }

    public static TicketEvent Event(DateTimeOffset at, TicketChange change, string? field = null, string? oldValue = null, string? newValue = null) =>
        new(0, 42, at, "una", change, field, oldValue, newValue, null);

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
