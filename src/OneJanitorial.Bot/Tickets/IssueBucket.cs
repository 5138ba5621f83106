namespace OneJanitorial.Bot.Tickets;

/// <summary>The 3-Bucket System (SOP Framework), with the process each bucket runs.</summary>
public enum IssueBucket
{
    Bucket1,
    Bucket2,
    Bucket3A,
    Bucket3B,
}

public static class IssueBuckets
{
    private static readonly Dictionary<IssueBucket, (string Code, string Name, string Process)> Labels = new()
    {
        [IssueBucket.Bucket1] = ("1", "Incapability/Attitude", "3"),
        [IssueBucket.Bucket2] = ("2", "Constraint", "4"),
        [IssueBucket.Bucket3A] = ("3A", "Scope discrepancy", "5A"),
        [IssueBucket.Bucket3B] = ("3B", "Expectation dispute", "5B"),
    };

    /// <summary>"1", "2", "3A" or "3B".</summary>
    public static string Code(this IssueBucket bucket) => Labels[bucket].Code;

    public static string DisplayName(this IssueBucket bucket) => Labels[bucket].Name;

    /// <summary>The process the bucket runs: "3", "4", "5A" or "5B".</summary>
    public static string Process(this IssueBucket bucket) => Labels[bucket].Process;

    public static bool TryParse(string? code, out IssueBucket bucket)
    {
        foreach (var (candidate, label) in Labels)
        {
            if (string.Equals(label.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                bucket = candidate;
                return true;
            }
        }
        bucket = default;
        return false;
    }
}
