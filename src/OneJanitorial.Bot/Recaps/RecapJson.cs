using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Recaps;

/// <summary>The <c>recap --json</c> output line.</summary>
public sealed record RecapJsonLine(string Subject, string Body, RecapJsonSections Sections, RecapGenerator Generator)
{
    public static RecapJsonLine From(Recap recap) => new(
        recap.Subject,
        recap.Body,
        new RecapJsonSections(recap.Sections.Issue, recap.Sections.ActionPlan, recap.Sections.Checklist, recap.Sections.ThreeStrikePolicy),
        recap.Generator);
}

public sealed record RecapJsonSections(string Issue, string ActionPlan, string Checklist, string ThreeStrikePolicy);

/// <summary>An input line that could not be used: the 1-based line number and the field at fault.</summary>
public sealed record RecapJsonError(int Line, string? Field, string Error);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RecapJsonLine))]
[JsonSerializable(typeof(RecapJsonError))]
[JsonSerializable(typeof(RecapSendRecord))]
[JsonSerializable(typeof(RecapDraft))]
internal sealed partial class RecapJsonContext : JsonSerializerContext
{
    /// <summary>Keeps quotes, dashes and accents readable in the output; still valid, escaped JSON.</summary>
    public static RecapJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
