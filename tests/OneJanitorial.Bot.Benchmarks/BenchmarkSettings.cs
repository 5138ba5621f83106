using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>Median is the p50 the targets speak of; P95 shows the tail.</summary>
public sealed class BenchmarkSettings : ManualConfig
{
    public BenchmarkSettings()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
