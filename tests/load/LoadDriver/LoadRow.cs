namespace OneJanitorial.Bot.Load;

/// <summary>One line of the table: replies and card replies delivered per second, request latency, errors, the target's CPU per reply, peak RSS.</summary>
public sealed record LoadRow(string Label, double RepliesPerSecond, double CardsPerSecond, double P50Ms, double P99Ms, int Failures, double CpuMsPerReply, double RssMegabytes);
