using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class TicketDatesRuleTests
{
    [Theory]
    [InlineData("2026-11-23T10:00:00-05:00", "America/Toronto", "2026-11-23")]
    [InlineData("2026-11-21T03:00:00Z", "America/Toronto", "2026-11-20")]
    [InlineData("2026-11-24T02:30:00+00:00", "America/Los_Angeles", "2026-11-23")]
    [InlineData("2026-11-24T02:30:00+00:00", "Europe/London", "2026-11-24")]
    [InlineData("2026-11-21T15:00:00-05:00", "America/Toronto", "2026-11-23")]
    [InlineData("2026-11-22T23:59:00-05:00", "America/Toronto", "2026-11-23")]
    [InlineData("2026-11-26T09:00:00-05:00", "America/Toronto", "2026-11-27")]
    [InlineData("2026-12-25T09:00:00-05:00", "America/Toronto", "2026-12-28")]
    public void CreateDate_ReceivedAtInZone_BusinessDayOrNext(string receivedAt, string zone, string expected)
    {
        var calendar = new BusinessCalendar(new HashSet<DateOnly> { Intakes.Date("2026-11-26"), Intakes.Date("2026-12-25") });
        var received = TicketDatesRule.ReceivedDate(DateTimeOffset.Parse(receivedAt), TimeZoneInfo.FindSystemTimeZoneById(zone));

        var (create, rule) = TicketDatesRule.CreateDate(received, calendar);

        Assert.Equal(Intakes.Date(expected), create);
        Assert.Equal(SopRef.Step3, rule.Sop);
    }

    [Theory]
    [InlineData("2026-11-23", TicketPriority.Medium, false, "", "2026-11-30")]
    [InlineData("2026-11-25", TicketPriority.Low, false, "", "2026-12-02")]
    [InlineData("2026-11-23", TicketPriority.Medium, false, "2026-11-26", "2026-11-30")]
    [InlineData("2026-11-23", TicketPriority.Medium, false, "2026-11-26,2026-11-30", "2026-11-27")]
    [InlineData("2026-11-20", TicketPriority.Urgent, false, "", "2026-11-23")]
    [InlineData("2026-11-25", TicketPriority.Urgent, false, "2026-11-26", "2026-11-27")]
    [InlineData("2026-11-23", TicketPriority.Medium, true, "", "2026-11-30")]
    [InlineData("2026-11-27", TicketPriority.High, true, "", "2026-11-30")]
    public void EstCloseDate_CreateDateAndPriority_WithinSevenDays(
        string create, TicketPriority priority, bool weekendOnly, string holidays, string expected)
    {
        var days = holidays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Intakes.Date).ToArray();
        var settings = Intakes.Settings(days);

        var (estClose, _) = TicketDatesRule.EstCloseDate(Intakes.Date(create), priority, weekendOnly, settings, new BusinessCalendar(settings.Holidays));

        Assert.Equal(Intakes.Date(expected), estClose);
    }

    [Fact]
    public void EstCloseDate_EveryBusinessDayOfAYearAndSetting_NeverMoreThanSevenDays()
    {
        var holidays = new[] { "2026-01-01", "2026-05-18", "2026-07-01", "2026-09-07", "2026-12-25", "2026-12-28" }.Select(Intakes.Date).ToArray();
        var calendar = new BusinessCalendar(holidays.ToHashSet());
        for (var businessDays = 1; businessDays <= 5; businessDays++)
        {
            var settings = Intakes.Settings(holidays) with { EstCloseBusinessDays = businessDays };
            for (var day = Intakes.Date("2026-01-01"); day.Year == 2026; day = day.AddDays(1))
            {
                var create = calendar.OnOrNextBusinessDay(day);
                foreach (var weekendOnly in new[] { false, true })
                {
                    var (estClose, _) = TicketDatesRule.EstCloseDate(create, TicketPriority.Medium, weekendOnly, settings, calendar);
                    Assert.InRange(estClose.DayNumber - create.DayNumber, 1, TicketDatesRule.MaxDaysToClose);
                }
            }
        }
    }
}
