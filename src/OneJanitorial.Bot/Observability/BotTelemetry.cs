using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OneJanitorial.Bot.Observability;

/// <summary>
/// The bot's own traces and metrics, both named "OneJanitorial.Bot" (OpenTelemetry listens to that name; other
/// features may create their own <see cref="Meter"/> with <see cref="Name"/>). Tags never carry user text.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "OneJanitorial.Bot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("onej.turns", description: "Turns handled, by channel and outcome");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("onej.turn.duration", unit: "s", description: "Time to handle a turn");

    public static readonly Counter<long> TicketsCreated = Meter.CreateCounter<long>("onej.tickets.created", description: "Tickets created, by ticket type");

    public static readonly Counter<long> RecapSends = Meter.CreateCounter<long>("onej.recaps.sends", description: "Recap send attempts, by status");
}
