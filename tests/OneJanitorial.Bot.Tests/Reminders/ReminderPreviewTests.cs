using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Reminders;

public sealed class ReminderPreviewTests
{
    private static readonly string[] Tickets = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Recaps", "tickets.jsonl"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero));
    private readonly ReminderPreview _preview;

    public ReminderPreviewTests()
    {
        var store = new Mock<ITicketStore>();
        store.Setup(s => s.CleanerHistoryAsync(It.IsAny<string>(), It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CleanerHistory(0, 0));
        var options = Options.Create(new TicketsOptions());
        var tickets = new TicketService(store.Object, options, _clock, NullLogger<TicketService>.Instance);
        _preview = new ReminderPreview(tickets, ReminderSettings.From(new RemindersOptions(), options.Value), _clock);
    }

    private static string Line(int index, params (string Field, JsonNode? Value)[] changes)
    {
        var ticket = JsonNode.Parse(Tickets[index])!.AsObject();
        foreach (var (field, value) in changes)
        {
            ticket[field] = value;
        }
        return ticket.ToJsonString();
    }

    [Fact]
    public async Task LineAsync_DenverTicket_ExactReminderLine()
    {
        // Ticket 2: received Mon 2026-11-02 08:10 Denver, next clean Tue 11-03, follow-up Wed 11-04 09:30.
        var (json, ok) = await _preview.LineAsync(Line(1), 1, CancellationToken.None);

        Assert.True(ok);
        Assert.Equal("""
            {"reminders":[{"kind":"client-response","dueUtc":"2026-11-02T16:40:00Z","dueLocal":"2026-11-02T09:40:00","timeZone":"America/Denver","target":"owner"},{"kind":"same-day","dueUtc":"2026-11-02T23:00:00Z","dueLocal":"2026-11-02T16:00:00","timeZone":"America/Denver","target":"owner"},{"kind":"inspection-reminder","dueUtc":"2026-11-04T01:00:00Z","dueLocal":"2026-11-03T18:00:00","timeZone":"America/Denver","target":"owner"},{"kind":"feedback-check-in","dueUtc":"2026-11-04T15:00:00Z","dueLocal":"2026-11-04T08:00:00","timeZone":"America/Denver","target":"owner"},{"kind":"solved-first-attempt","dueUtc":"2026-11-04T15:00:00Z","dueLocal":"2026-11-04T08:00:00","timeZone":"America/Denver","target":"owner"},{"kind":"follow-up-call","dueUtc":"2026-11-04T16:30:00Z","dueLocal":"2026-11-04T09:30:00","timeZone":"America/Denver","target":"owner"},{"kind":"est-close","dueUtc":"2026-11-09T16:00:00Z","dueLocal":"2026-11-09T09:00:00","timeZone":"America/Denver","target":"owner"},{"kind":"overdue","dueUtc":"2026-11-10T16:00:00Z","dueLocal":"2026-11-10T09:00:00","timeZone":"America/Denver","target":"channel"}]}
            """, json);
    }

    [Fact]
    public async Task LineAsync_OptionalFacts_MoveInspectionAddReviewAndDropResponse()
    {
        var line = Line(1, ("nextCleanAt", "2026-11-03T21:15"), ("reviewRequestedAt", "2026-11-05T10:00-07:00"), ("clientRespondedAt", "2026-11-02T09:30"));

        var (json, ok) = await _preview.LineAsync(line, 1, CancellationToken.None);

        Assert.True(ok);
        var kinds = JsonNode.Parse(json)!["reminders"]!.AsArray().ToDictionary(r => r!["kind"]!.GetValue<string>(), r => r!["dueLocal"]!.GetValue<string>());
        Assert.Equal("2026-11-03T21:15:00", kinds["inspection-reminder"]);
        Assert.Equal("2026-11-07T10:00:00", kinds["review-follow-up"]);
        Assert.False(kinds.ContainsKey("client-response"));
        Assert.False(kinds.ContainsKey("same-day")); // the client was answered at 09:30, before 16:00
    }

    [Theory]
    [InlineData("nextCleanAt", "tomorrow evening")]
    [InlineData("clientRespondedAt", "2026-03-08T02:30")] // skipped by the clocks in Denver
    [InlineData("nextCleanAt", "9999-12-31T23:59:59+14:00")] // its next business day is past the calendar's end
    [InlineData("reviewRequestedAt", "1900-01-01T09:00")]
    public async Task LineAsync_BadOptionalField_ErrorNamesIt(string field, string value)
    {
        var (json, ok) = await _preview.LineAsync(Line(1, (field, value)), 7, CancellationToken.None);

        Assert.False(ok);
        var error = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(7, error["line"]!.GetValue<int>());
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Contains(field, error["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task LineAsync_NotJson_ErrorWithoutField()
    {
        var (json, ok) = await _preview.LineAsync("{oops", 3, CancellationToken.None);

        Assert.False(ok);
        Assert.StartsWith("{\"line\":3,\"error\":", json);
    }
}
