using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Surveys;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SurveyState))]
internal sealed partial class SurveyJsonContext : JsonSerializerContext;
