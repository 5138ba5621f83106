using System.Collections.Concurrent;

namespace OneJanitorial.Bot.Llm;

/// <summary>
/// Versioned text templates under <c>prompts/</c> (e.g. <c>recap.system.v1</c> is <c>prompts/recap.system.v1.txt</c>).
/// Prompts and email bodies live there, never in C# strings, so wording changes are reviewed as text.
/// </summary>
public sealed class PromptLibrary(string directory)
{
    private readonly ConcurrentDictionary<string, PromptTemplate> _cache = new(StringComparer.Ordinal);

    public string Directory { get; } = directory;

    public static PromptLibrary FromContentRoot(string contentRoot) => new(Path.Combine(contentRoot, "prompts"));

    /// <summary>Loads <paramref name="name"/> (a path under prompts/ without <c>.txt</c>, '/' separated).</summary>
    public PromptTemplate Get(string name) => _cache.GetOrAdd(name, Load);

    public string Render(string name, IReadOnlyDictionary<string, string> values) => Get(name).Render(values);

    private PromptTemplate Load(string name)
    {
        var path = Path.Combine(Directory, name.Replace('/', Path.DirectorySeparatorChar) + ".txt");
        if (!File.Exists(path))
        {
            throw new PromptException($"Prompt template '{name}' not found at {path}.");
        }
        return PromptTemplate.Parse(name, File.ReadAllText(path));
    }
}

public sealed class PromptException(string message) : Exception(message);
