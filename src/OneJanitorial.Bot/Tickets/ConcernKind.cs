using System.Text;

namespace OneJanitorial.Bot.Tickets;

/// <summary>The kinds of concern the SOP priority table names; everything else is <see cref="Other"/>.</summary>
public enum ConcernKind
{
    Other,
    MissedClean,
    UnlockedDoors,
    AlarmNotSet,
    AlarmIssue,
}

public static class ConcernKinds
{
    /// <summary>Reads the type of issue ("Missed Clean", "Doors not locked", "Alarm not set", "Alarm issue", ...).</summary>
    public static ConcernKind Classify(string concern)
    {
        var text = Normalize(concern);
        if (text.Contains("missed clean", StringComparison.Ordinal))
        {
            return ConcernKind.MissedClean;
        }
        if (text.Contains("unlocked", StringComparison.Ordinal) || text.Contains("not locked", StringComparison.Ordinal))
        {
            return ConcernKind.UnlockedDoors;
        }
        if (!text.Contains("alarm", StringComparison.Ordinal))
        {
            return ConcernKind.Other;
        }
        return text.Contains("not set", StringComparison.Ordinal) || text.Contains("not armed", StringComparison.Ordinal)
            ? ConcernKind.AlarmNotSet
            : ConcernKind.AlarmIssue;
    }

    /// <summary>Lower case, letters and digits only, single spaces: "Doors NOT-locked!" → "doors not locked".</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = char.IsLetterOrDigit(c) ? c : ' ';
            if (keep != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(keep);
            }
        }
        return builder.ToString().Trim();
    }
}
