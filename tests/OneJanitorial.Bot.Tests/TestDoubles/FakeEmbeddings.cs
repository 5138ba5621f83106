using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>An embedding request as <see cref="FakeOpenAiServer"/> received it.</summary>
public sealed record RecordedEmbeddingRequest(string Path, string Query, string? ApiKey, string? Authorization, string? Model, IReadOnlyList<string> Inputs);

/// <summary>
/// Bag-of-words vectors (each word hashed to one of <see cref="Dimensions"/> dimensions): texts sharing words are
/// similar, so vector ranking is predictable. Encoded the way the OpenAI embeddings API answers.
/// </summary>
public static partial class FakeEmbeddings
{
    public const int Dimensions = 64;

    public static float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        // A small constant keeps a text without words from being a zero vector (cosine undefined).
        vector[0] = 0.01f;
        foreach (Match word in Word().Matches(text.ToLowerInvariant()))
        {
            vector[1 + (int)(Fnv(word.Value) % (Dimensions - 1))] += 1;
        }
        return vector;
    }

    public static JsonObject Response(string model, IReadOnlyList<string> inputs, bool base64) => new()
    {
        ["object"] = "list",
        ["model"] = model,
        ["data"] = new JsonArray([.. inputs.Select((input, i) => (JsonNode)new JsonObject
        {
            ["object"] = "embedding",
            ["index"] = i,
            ["embedding"] = base64 ? Base64(Vector(input)) : new JsonArray([.. Vector(input).Select(v => (JsonNode)v)]),
        })]),
        ["usage"] = new JsonObject { ["prompt_tokens"] = inputs.Count, ["total_tokens"] = inputs.Count },
    };

    public static IReadOnlyList<string> Inputs(JsonNode? input) => input switch
    {
        JsonArray items => [.. items.Select(i => i!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    // encoding_format "base64": little-endian float32s.
    private static string Base64(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
        return Convert.ToBase64String(bytes);
    }

    private static uint Fnv(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }

    [GeneratedRegex(@"[a-z0-9+]+")]
    private static partial Regex Word();
}
