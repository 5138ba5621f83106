namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// One KPI month to date: a share (<see cref="Count"/> of <see cref="Total"/>, as a percent, target 100) or a count
/// against a ceiling (<see cref="AtMost"/>). <see cref="Actual"/> is null when nothing was measured yet.
/// </summary>
public sealed record Kpi(KpiName Name, double Target, bool AtMost, int Count, int Total)
{
    public double? Actual => AtMost ? Count : Total == 0 ? null : Math.Round(100.0 * Count / Total, 1);

    public bool? Met => Actual is not { } actual ? null : AtMost ? actual <= Target : actual >= Target;

    public static Kpi Share(KpiName name, int count, int total) => new(name, 100, false, count, total);

    public static Kpi Ceiling(KpiName name, int count, int max) => new(name, max, true, count, count);
}
