namespace OneJanitorial.Bot.Load;

/// <summary>
/// One line of the table: replies and card replies delivered per second, request latency, errors, the CPU per reply of
/// the target and of this driver (client and fake connector together), how much of the machine stayed idle, the target's peak RSS.
/// </summary>
public sealed record LoadRow(
    string Label, double RepliesPerSecond, double CardsPerSecond, double P50Ms, double P99Ms, int Failures,
    double CpuMsPerReply, double DriverCpuMsPerReply, double IdlePercent, double RssMegabytes);
