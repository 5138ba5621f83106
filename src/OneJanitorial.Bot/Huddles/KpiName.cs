namespace OneJanitorial.Bot.Huddles;

/// <summary>The SOP KPI targets the huddle measures month to date.</summary>
public enum KpiName
{
    ResponseWithin90Minutes,
    ClosedWithin7Days,
    SameDay,
    ClientConcerns,
    BcoMoves,
    SurveysPerRepPerDay,
}
