using System.Text;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Llm;

/// <summary>
/// A text template with <c>{{placeholder}}</c> slots. A file may hold named blocks, each starting with a
/// line <c>[[name]]</c>; lines before the first block are notes for the reader and never rendered.
/// Values are inserted in one pass, so a value that itself contains <c>{{x}}</c> is left as typed.
/// </summary>
public sealed partial class PromptTemplate
{
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, string> _blocks;

    private PromptTemplate(string name, string text, IReadOnlyDictionary<string, string> blocks)
    {
        Name = name;
        _text = text;
        _blocks = blocks;
    }

    public string Name { get; }

    public static PromptTemplate Parse(string name, string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var buffer = new StringBuilder();
        foreach (var line in normalized.Split('\n'))
        {
            var header = BlockHeader().Match(line);
            if (header.Success)
            {
                AddBlock(blocks, current, buffer);
                current = header.Groups[1].Value;
                continue;
            }
            buffer.Append(line).Append('\n');
        }
        AddBlock(blocks, current, buffer);
        return new PromptTemplate(name, blocks.Count == 0 ? normalized.Trim('\n') : string.Empty, blocks);
    }

    public bool HasBlock(string block) => _blocks.ContainsKey(block);

    /// <summary>Renders the whole template (a file without blocks).</summary>
    public string Render(IReadOnlyDictionary<string, string> values) => Fill(_text, values, Name);

    public string RenderBlock(string block, IReadOnlyDictionary<string, string> values) =>
        _blocks.TryGetValue(block, out var text)
            ? Fill(text, values, $"{Name}[{block}]")
            : throw new PromptException($"Prompt template '{Name}' has no block [[{block}]].");

    /// <summary>The placeholder names the template uses (all blocks).</summary>
    public IReadOnlySet<string> Placeholders() =>
        _blocks.Values.Append(_text).SelectMany(t => Placeholder().Matches(t)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string Fill(string text, IReadOnlyDictionary<string, string> values, string where) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new PromptException($"Prompt template '{where}' needs a value for {{{{{m.Groups[1].Value}}}}}."));

    private static void AddBlock(Dictionary<string, string> blocks, string? name, StringBuilder buffer)
    {
        if (name is not null)
        {
            blocks[name] = buffer.ToString().Trim('\n');
        }
        buffer.Clear();
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\[\[([A-Za-z0-9_.-]+)\]\]\s*$")]
    private static partial Regex BlockHeader();
}
