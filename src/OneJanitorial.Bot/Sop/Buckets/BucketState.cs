using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>The guided "what bucket is this?" dialog: the facts so far and the question on screen.</summary>
public sealed record BucketState(BucketFacts Facts, BucketQuestion Question);

[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BucketState))]
[JsonSerializable(typeof(BucketFacts))]
public sealed partial class BucketJsonContext : JsonSerializerContext;
