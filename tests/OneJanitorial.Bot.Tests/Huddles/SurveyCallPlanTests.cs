using System.Text.Json.Nodes;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Huddles;

/// <summary>
/// The huddle's survey calls from a seeded set, every figure worked out by hand. Today is Monday 2026-03-16, 08:00 in
/// Toronto; no holidays, so the business days before today this month are Mar 2–6 and 9–13: 10.
/// </summary>
public sealed class SurveyCallPlanTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
    private static readonly BusinessCalendar Calendar = new(new HashSet<DateOnly>());
    private static readonly DateTimeOffset Morning = new(2026, 3, 16, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EndOfDay = new(2026, 3, 16, 20, 30, 0, TimeSpan.Zero);

    private static readonly Client[] Clients =
    [
        Casey("C1", new DateOnly(2026, 1, 16)), // due today (2 months on)
        Casey("C2", new DateOnly(2026, 1, 17)), // due tomorrow: not listed
        Casey("C3", null),                      // never surveyed: first
        Casey("C4", new DateOnly(2025, 11, 1)),
        Casey("C5", new DateOnly(2026, 1, 2)),
        Casey("C6", new DateOnly(2025, 12, 15)),
        new("Robin Co", "R1", "Calgary", "America/Edmonton", "Robin", new DateOnly(2026, 1, 10)),
        new("Robin Co", "R2", "Calgary", "America/Edmonton", "Robin", null),
    ];

    [Fact]
    public void Build_Morning_EachRepsDueClientsOldestFirstAtMostFourLessTodaysCalls()
    {
        var digest = HuddleBuilder.Build([], HuddleKind.Morning, Morning, Zone, Calendar, new HuddleSurveys(Clients, Calls()));

        // Casey: 5 due (C3 never, C4 Nov 1, C6 Dec 15, C5 Jan 2, C1 Jan 16) → the oldest 4. Robin: 2 due, 3 calls
        // already logged today → 4 − 3 = 1, the never surveyed R2.
        Assert.Equal(["Casey/C3", "Casey/C4", "Casey/C6", "Casey/C5", "Robin/R2"], digest.SurveysDue.Select(c => $"{c.Owner}/{c.Building}"));
    }

    [Fact]
    public void Build_CallsLogged_SurveysPerRepPerDayAgainstFour()
    {
        var digest = HuddleBuilder.Build([], HuddleKind.Morning, Morning, Zone, Calendar, new HuddleSurveys(Clients, Calls()));

        // Counted: Casey 2 a day on the 10 business days (20) + Robin 6 on Mar 5 + Sam 2 on Saturday Mar 7 + Casey 1 on
        // Sunday Mar 1 00:30 local = 29; not counted: Robin's 3 today, Feb 28 22:00 local, Feb 27.
        // Reps: Casey, Robin (owners) and Sam (logged calls) = 3; 3 × 10 business days = 30 rep-days; 29 / 30 = 0.97 → 1.0.
        var kpi = Assert.Single(digest.Kpis, k => k.Name == KpiName.SurveysPerRepPerDay);
        Assert.Equal((29, 30, 1.0, 4.0, false), (kpi.Count, kpi.Total, kpi.Actual, kpi.Target, kpi.Met));
        Assert.Equal(6, digest.Kpis.Count);
    }

    [Fact]
    public void Build_NoCallsThisMonth_NoSurveyKpiAndTheOtherFiveAsBefore()
    {
        var digest = HuddleBuilder.Build([], HuddleKind.Morning, Morning, Zone, Calendar, new HuddleSurveys(Clients, [Call("Casey", new DateTimeOffset(2026, 2, 27, 15, 0, 0, TimeSpan.Zero))]));

        Assert.Equal([KpiName.ResponseWithin90Minutes, KpiName.ClosedWithin7Days, KpiName.SameDay, KpiName.ClientConcerns, KpiName.BcoMoves], digest.Kpis.Select(k => k.Name));
        Assert.Equal(4, digest.SurveysDue.Count(c => c.Owner == "Casey")); // of Casey's 5 due; no calls today
    }

    [Fact]
    public void Build_EndOfDay_KpiButNoDueList()
    {
        var digest = HuddleBuilder.Build([], HuddleKind.EndOfDay, EndOfDay, Zone, Calendar, new HuddleSurveys(Clients, Calls()));

        Assert.Empty(digest.SurveysDue);
        Assert.Contains(digest.Kpis, k => k.Name == KpiName.SurveysPerRepPerDay);
    }

    [Fact]
    public void HuddleJson_SurveyFields_DueListAndKpiWithTargetAndActual()
    {
        var json = JsonNode.Parse(HuddleJson.Write(HuddleBuilder.Build([], HuddleKind.Morning, Morning, Zone, Calendar, new HuddleSurveys(Clients, Calls()))))!;

        var first = json["surveysDue"]![0]!;
        Assert.Equal(("Casey", "Casey Co", "C3", "Toronto", null), (first["owner"]!.GetValue<string>(), first["company"]!.GetValue<string>(), first["building"]!.GetValue<string>(), first["city"]!.GetValue<string>(), first["lastSurveyDate"]?.GetValue<string>()));
        Assert.Equal("2025-11-01", json["surveysDue"]![1]!["lastSurveyDate"]!.GetValue<string>());
        var kpi = json["kpis"]![5]!;
        Assert.Equal(("surveys-per-rep-per-day", 4.0, "at-least", 1.0, 29, 30),
            (kpi["name"]!.GetValue<string>(), kpi["target"]!.GetValue<double>(), kpi["targetIs"]!.GetValue<string>(), kpi["actual"]!.GetValue<double>(), kpi["count"]!.GetValue<int>(), kpi["total"]!.GetValue<int>()));
    }

    [Fact]
    public void HuddleText_SurveyLines_PerRepAndKpi()
    {
        var text = HuddleText.Render(HuddleBuilder.Build([], HuddleKind.Morning, Morning, Zone, Calendar, new HuddleSurveys(Clients, Calls())));

        Assert.Contains("- Casey: Casey Co · C3 (never), Casey Co · C4 (last 2025-11-01), Casey Co · C6 (last 2025-12-15), Casey Co · C5 (last 2026-01-02)", text);
        Assert.Contains("- Robin: Robin Co · R2 (never)", text);
        Assert.Contains("Surveys per rep per day: 1 a day (29 calls / 30 rep-days) (target 4 a day)", text);
    }

    private static Client Casey(string building, DateOnly? last) => new("Casey Co", building, "Toronto", "America/Toronto", "Casey", last);

    private static List<SurveyLog> Calls()
    {
        var calls = new List<SurveyLog>();
        for (var day = new DateOnly(2026, 3, 2); day < new DateOnly(2026, 3, 16); day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                calls.Add(Call("Casey", new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero)));
                calls.Add(Call("Casey", new DateTimeOffset(day.ToDateTime(new TimeOnly(19, 0)), TimeSpan.Zero)));
            }
        }
        calls.AddRange(Enumerable.Range(0, 6).Select(i => Call("Robin", new DateTimeOffset(2026, 3, 5, 15, i, 0, TimeSpan.Zero))));
        calls.AddRange(Enumerable.Range(0, 3).Select(i => Call("Robin", new DateTimeOffset(2026, 3, 16, 11, i, 0, TimeSpan.Zero)))); // 07:0x today
        calls.Add(Call("Sam", new DateTimeOffset(2026, 3, 7, 16, 0, 0, TimeSpan.Zero)));
        calls.Add(Call("Sam", new DateTimeOffset(2026, 3, 7, 17, 0, 0, TimeSpan.Zero)));
        calls.Add(Call("Casey", new DateTimeOffset(2026, 3, 1, 5, 30, 0, TimeSpan.Zero))); // Sun Mar 1 00:30 local
        calls.Add(Call("Casey", new DateTimeOffset(2026, 3, 1, 3, 0, 0, TimeSpan.Zero))); // Sat Feb 28 22:00 local
        calls.Add(Call("Casey", new DateTimeOffset(2026, 2, 27, 15, 0, 0, TimeSpan.Zero)));
        return calls;
    }

    private static SurveyLog Call(string rep, DateTimeOffset at) =>
        new($"k/{rep}/{at:O}", new SurveyCall("Casey Co", "C1", 8, null), rep, at);
}
