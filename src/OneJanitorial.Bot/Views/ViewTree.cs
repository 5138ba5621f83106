namespace OneJanitorial.Bot.Views;

/// <summary>Walks a view's blocks: renderers, channels and the dialog engine read views through it.</summary>
public static class ViewTree
{
    /// <summary>Every block in reading order, including those inside sections and details.</summary>
    public static IEnumerable<Block> Blocks(View view) => Flatten(view.Blocks);

    /// <summary>The form fields in reading order.</summary>
    public static IEnumerable<FormField> Fields(View view) => Blocks(view).OfType<FormField>();

    /// <summary>Buttons in the body, then the view's own.</summary>
    public static IEnumerable<ViewAction> Actions(View view) =>
        Blocks(view).OfType<Buttons>().SelectMany(b => b.Actions).Concat(view.Actions);

    /// <summary>The first block outside the closed set (every renderer handles exactly that set), or null.</summary>
    public static Block? Unknown(View view) =>
        Blocks(view).FirstOrDefault(b => b is not (Paragraph or Facts or Section or Detail or Divider or Buttons or FormField));

    /// <summary>A copy with every block (nested too) and action passed through the maps.</summary>
    public static View Map(View view, Func<ViewAction, ViewAction> action) => view with
    {
        Blocks = [.. view.Blocks.Select(b => Map(b, action))],
        Actions = [.. view.Actions.Select(action)],
    };

    private static Block Map(Block block, Func<ViewAction, ViewAction> action) => block switch
    {
        Section s => s with { Blocks = [.. s.Blocks.Select(b => Map(b, action))] },
        Detail d => d with { Blocks = [.. d.Blocks.Select(b => Map(b, action))] },
        Buttons b => b with { Actions = [.. b.Actions.Select(action)] },
        _ => block,
    };

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            IEnumerable<Block> children = block switch
            {
                Section s => s.Blocks,
                Detail d => d.Blocks,
                _ => [],
            };
            foreach (var child in Flatten(children))
            {
                yield return child;
            }
        }
    }
}
