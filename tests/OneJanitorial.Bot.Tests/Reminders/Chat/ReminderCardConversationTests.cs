using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Reminders.Chat;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Reminders.Chat;

/// <summary>
/// The reminder card in a scripted conversation: delivered by a real scheduler pass (outbox on SQLite, the script's
/// fake clock), then Snooze, Done and the Yes/No question pressed as Teams presses them.
/// </summary>
public sealed class ReminderCardConversationTests : IDisposable
{
    private const string Toronto = "America/Toronto";
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero); // Mon 09:00 in Toronto
    private readonly SqliteTestFolder _folder = new();
    private readonly RecordingReminderSender _sender = new();

    public void Dispose() => _folder.Dispose();

    private ConversationScript Script() => new(
        services => services.AddSingleton<IReminderSender>(_sender),
        new Dictionary<string, string?> { ["Storage:SqlitePath"] = _folder.PathOf() });

    private static async Task<long> SeedAsync(ConversationScript script, MasterNote? note = null)
    {
        var ticket = Open(Toronto, Received) with { Number = 0, Note = note ?? new MasterNote { NextClean = new DateOnly(2026, 3, 3) } };
        return (await script.Services.GetRequiredService<ITicketStore>().InsertAsync(ticket, [], CancellationToken.None)).Ticket.Number;
    }

    /// <summary>One scheduler pass at <paramref name="at"/>; what it delivered arrives as the reminder card the channels post.</summary>
    private Func<ConversationScript, Task<IReadOnlyList<BotMessage>>> PassAt(DateTimeOffset at) => async script =>
    {
        script.Clock.SetUtcNow(at);
        await script.Services.GetRequiredService<ReminderDispatcher>().RunOnceAsync(CancellationToken.None);
        var messages = new List<BotMessage>();
        while (_sender.Delivered.TryDequeue(out var notice))
        {
            messages.Add(script.Services.GetRequiredService<ReminderCards>().Message(notice));
        }
        return messages;
    };

    private static async Task<IReadOnlyList<TicketEvent>> EventsAsync(ConversationScript script, long ticket) =>
        await script.Services.GetRequiredService<ITicketStore>().EventsAsync(ticket, CancellationToken.None);

    [Fact]
    public async Task ReminderCard_SnoozeOneHourThenDone_FiresAgainAtTheSnoozedTimeThenNeverAgain()
    {
        long ticket = 0;
        await Script()
            .As("u1", "Casey")
            .Do(async s => ticket = await SeedAsync(s))
            .Arrives("before due", PassAt(Utc("2026-03-02T15:29:00Z")))
            .Arrives("client-response due", PassAt(Utc("2026-03-02T15:30:00Z")))
            .ExpectReply(r =>
            {
                var text = ViewTextRenderer.Render(r.View!);
                Assert.Contains("Client response due", text);
                Assert.Contains("10:30 AM Mon, Mar 2 (America/Toronto)", text);
                Assert.Contains("New Concern — Walmart — Cleaning Issue — Jane Doe — $100", text);
                Assert.Contains("within 90 minutes", text);
                Assert.Equal(["Done", "Open ticket", "Snooze 1 h", "Tomorrow 8 AM"], ViewTree.Actions(r.View!).Select(a => a.Title));
            })
            .Remember("first")
            .Do(s => s.Clock.SetUtcNow(Utc("2026-03-02T15:35:00Z")))
            .Press("Snooze 1 h")
            .ExpectReply(r => Assert.True(r.Replaced))
            .Press("Snooze 1 h", fromCard: "first") // a double click
            .ExpectText("already snoozed to 11:35 AM Mon, Mar 2 (America/Toronto)")
            .Arrives("an hour not yet up", PassAt(Utc("2026-03-02T16:34:59Z")))
            .Arrives("snoozed time", PassAt(Utc("2026-03-02T16:35:00Z")))
            .ExpectCard("11:35 AM Mon, Mar 2 (America/Toronto)")
            .Remember("again")
            .Press("Done")
            .ExpectReply(r => Assert.Contains("Done by Casey: client response recorded", r.View!.Summary))
            .Press("Done", fromCard: "again") // redelivered
            .ExpectText("already done; nothing was recorded twice")
            .Press("Done", fromCard: "first")
            .ExpectText("already done")
            .Arrives("the next day", PassAt(Utc("2026-03-03T15:35:00Z")))
            .Do(async s =>
            {
                var actions = (await EventsAsync(s, ticket)).Where(e => e.Change is TicketChange.ReminderSnoozed or TicketChange.ReminderDone or TicketChange.ClientResponse).ToList();
                Assert.Equal(
                [
                    (TicketChange.ReminderSnoozed, "Casey", Utc("2026-03-02T15:35:00Z"), "client-response", "2026-03-02T15:30:00Z", "2026-03-02T16:35:00Z"),
                    (TicketChange.ReminderDone, "Casey", Utc("2026-03-02T16:35:00Z"), "client-response", "2026-03-02T16:35:00Z", null),
                    (TicketChange.ClientResponse, "Casey", Utc("2026-03-02T16:35:00Z"), null, null, null),
                ], actions.Select(e => (e.Change, e.Actor, e.At, e.Field, e.OldValue, e.NewValue)));
                var outbox = await s.Services.GetRequiredService<ReminderOutbox>().ListAsync(Enum.GetValues<DeliveryState>(), 100, CancellationToken.None);
                Assert.Equal(
                    [($"{ticket}/client-response/2026-03-02T15:30:00Z", DeliveryState.Sent), ($"{ticket}/client-response/2026-03-02T16:35:00Z", DeliveryState.Sent)],
                    outbox.Where(e => e.Reminder.Kind == ReminderKind.ClientResponse).Select(e => (e.Reminder.Key, e.State)));
            })
            .RunAsync();
    }

    [Fact]
    public async Task ReminderCard_SolvedFirstAttemptDone_AsksYesNoAndWritesTheMasterNoteOnce()
    {
        long ticket = 0;
        await Script()
            .As("u1", "Casey")
            .Do(async s => ticket = await SeedAsync(s, new MasterNote { NextClean = new DateOnly(2026, 3, 2) }))
            .Arrives("check-in morning", async s =>
            {
                var messages = await PassAt(Utc("2026-03-03T13:00:00Z"))(s); // Tue 08:00 Toronto: the business day after the clean
                return [.. messages.Where(m => m.Views[0].Summary.Contains("Solved on the first attempt?"))];
            })
            .ExpectCard("Solved on the first attempt?")
            .Press("Done")
            .ExpectReply(r => Assert.Equal(["Yes", "No", "Open ticket"], r.View!.Actions.Select(a => a.Title)))
            .Remember("question")
            .Press("No")
            .ExpectReply(r => Assert.Contains("solved on the first attempt — No, saved in the master note", r.View!.Summary))
            .Press("Yes", fromCard: "question")
            .ExpectText("already done")
            .Do(async s =>
            {
                var stored = await s.Services.GetRequiredService<ITicketStore>().GetAsync(ticket, CancellationToken.None);
                Assert.False(stored!.Note.SolvedOnFirstAttempt);
                var events = await EventsAsync(s, ticket);
                var field = Assert.Single(events, e => e.Field == "note.solvedOnFirstAttempt");
                Assert.Equal(("Casey", "false"), (field.Actor, field.NewValue));
                Assert.Single(events, e => e.Change == TicketChange.ReminderDone && e.Field == "solved-first-attempt");
            })
            .RunAsync();
    }
}
