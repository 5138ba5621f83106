using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>The JSON object the SOP answer prompt asks the model for.</summary>
internal sealed record SopLlmReply(
    [property: JsonPropertyName("answer")] string? Answer,
    [property: JsonPropertyName("citations")] IReadOnlyList<int>? Citations,
    [property: JsonPropertyName("covered")] bool? Covered);

/// <summary>
/// A checked reply: <see cref="Cited"/> holds the passage numbers (1-based) in the order the answer first cites
/// them. <see cref="Problem"/> is set when the reply cannot be used, and then nothing else is meaningful.
/// </summary>
internal sealed record SopLlmReading(bool Covered, string Answer, IReadOnlyList<int> Cited, string? Problem = null)
{
    public static SopLlmReading Unusable(string problem) => new(false, "", [], problem);
}
