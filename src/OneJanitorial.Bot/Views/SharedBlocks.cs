using System.Collections;

namespace OneJanitorial.Bot.Views;

/// <summary>
/// A view's blocks built once and shown in many views (an SOP answer's content, sources and section on every card that
/// gives that answer). Blocks are immutable, so a renderer may keep what it made of the list while the list lives.
/// Anything per view (a question id, a vote) belongs in the view's actions, not in these blocks.
/// </summary>
public sealed class SharedBlocks(IReadOnlyList<Block> blocks) : IReadOnlyList<Block>
{
    private readonly Block[] _blocks = [.. blocks];

    public int Count => _blocks.Length;

    public Block this[int index] => _blocks[index];

    public IEnumerator<Block> GetEnumerator() => ((IEnumerable<Block>)_blocks).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _blocks.GetEnumerator();
}
