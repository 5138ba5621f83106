namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// One KPI month to date: a share (<see cref="Count"/> of <see cref="Total"/>, as a percent, target 100) or a count
/// against a ceiling (<see cref="AtMost"/>), or a daily rate (<see cref="Daily"/>: <see cref="Count"/> per one of
/// <see cref="Total"/> days, at least the target). <see cref="Actual"/> is null when nothing was measured yet.
/// </summary>
public sealed record Kpi(KpiName Name, double Target, bool AtMost, int Count, int Total)
{
    public bool Daily { get; init; }

    public double? Actual => AtMost ? Count : Total == 0 ? null : Math.Round((Daily ? 1.0 : 100.0) * Count / Total, 1);

    public bool? Met => Actual is not { } actual ? null : AtMost ? actual <= Target : actual >= Target;

    public static Kpi Share(KpiName name, int count, int total) => new(name, 100, false, count, total);

    /// <summary><paramref name="count"/> over <paramref name="days"/> (e.g. rep-days) against at least <paramref name="perDay"/>.</summary>
    public static Kpi PerDay(KpiName name, int count, int days, int perDay) => new(name, perDay, false, count, days) { Daily = true };

    public static Kpi Ceiling(KpiName name, int count, int max) => new(name, max, true, count, count);
}
