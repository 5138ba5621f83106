using System.Text.Json;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Llm;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// Checks the model's reply against the passages it was given: every [n] in the answer and every number in
/// <c>citations</c> must name a given passage, and a covered answer needs at least one of them.
/// </summary>
internal static partial class SopLlmReplyReader
{
    public static SopLlmReading Read(string content, int passageCount)
    {
        var reply = Parse(content);
        if (reply?.Covered is not { } covered)
        {
            return SopLlmReading.Unusable("the reply is not a JSON object with a boolean \"covered\"");
        }
        if (!covered)
        {
            return new SopLlmReading(false, SopAnswer.NotCoveredText, []);
        }
        if (string.IsNullOrWhiteSpace(reply.Answer))
        {
            return SopLlmReading.Unusable("the answer is empty");
        }
        var cited = Markers(reply.Answer).Concat(reply.Citations ?? []).Distinct().ToList();
        if (cited.Where(n => n < 1 || n > passageCount).Select(n => (int?)n).FirstOrDefault() is { } wrong)
        {
            return SopLlmReading.Unusable($"it cites [{wrong}] but {passageCount} passage(s) were given");
        }
        return cited.Count == 0
            ? SopLlmReading.Unusable("the answer cites no passage")
            : new SopLlmReading(true, reply.Answer.Trim(), cited);
    }

    /// <summary>Rewrites the answer's [n] so they count 1, 2, … in the order of <paramref name="cited"/> (the order the citations are listed).</summary>
    public static string Renumber(string answer, IReadOnlyList<int> cited) =>
        Renumber(answer, cited.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i + 1));

    /// <summary>Rewrites the answer's [n] to <paramref name="listed"/>[n]; passages that share a number are cited once per marker.</summary>
    public static string Renumber(string answer, IReadOnlyDictionary<int, int> listed) =>
        Marker().Replace(answer, m => "[" + string.Join("][", Numbers(m).Select(n => listed[n]).Distinct()) + "]");

    private static SopLlmReply? Parse(string content)
    {
        try
        {
            return JsonSerializer.Deserialize(ModelReply.WithoutCodeFence(content), SopJsonContext.Default.SopLlmReply);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<int> Markers(string answer) => Marker().Matches(answer).SelectMany(Numbers);

    private static IEnumerable<int> Numbers(Match marker) =>
        marker.Groups[1].Value.Split(',').Select(n => int.TryParse(n.Trim(), out var value) ? value : 0);

    // [1], [2] and the grouped form [1, 2].
    [GeneratedRegex(@"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")]
    private static partial Regex Marker();
}
