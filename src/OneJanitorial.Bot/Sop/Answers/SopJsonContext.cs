using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OneJanitorial.Bot.Sop.Chat;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>One line of <c>ask --json</c>: exactly these property names.</summary>
public sealed record SopAnswerLine(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("covered")] bool Covered,
    [property: JsonPropertyName("citations")] IReadOnlyList<SopCitationLine> Citations)
{
    public static SopAnswerLine From(SopAnswer answer) =>
        new(answer.Question, answer.Text, answer.Covered, [.. answer.Citations.Select(c => new SopCitationLine(c.Document, c.Section, c.Score, c.Text))]);
}

public sealed record SopCitationLine(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("text")] string Text);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SopAnswerLine))]
[JsonSerializable(typeof(SopFeedback))]
[JsonSerializable(typeof(SopLlmReply))]
internal sealed partial class SopJsonContext : JsonSerializerContext
{
    /// <summary>For terminal output: "—", "≤" and "+" stay readable instead of \u escapes (never embedded in HTML).</summary>
    public static SopJsonContext Readable { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
