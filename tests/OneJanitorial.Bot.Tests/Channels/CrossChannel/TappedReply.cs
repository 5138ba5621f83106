using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.CrossChannel;

/// <summary>One reply as the core sent it: a message (text and views) or a view replacing the pressed one.</summary>
public sealed record TappedReply(Markup? Text, IReadOnlyList<View> Views, bool Replaced)
{
    /// <summary>
    /// The reply without its channel: whether it replaced the pressed view, its text's words, and per view the summary,
    /// the kinds of its blocks (form fields with id and kind) and its buttons' verbs.
    /// </summary>
    public string Signature => string.Join(" // ",
    [
        Replaced ? "replace" : "send",
        Text?.ToPlainText() ?? "",
        .. Views.Select(ViewSignature),
    ]);

    public static IReadOnlyList<string> VerbsOf(View view) => [.. ViewTree.Actions(view).OfType<VerbAction>().Select(a => a.Verb.Name)];

    private static string ViewSignature(View view) =>
        $"{view.Summary} | {string.Join(",", ViewTree.Blocks(view).Select(Kind))} | {string.Join(",", VerbsOf(view))}";

    private static string Kind(Block block) => block is FormField field ? $"{field.Id}:{field.Kind}" : block.GetType().Name;
}
