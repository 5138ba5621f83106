using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Conversation;

/// <summary>What the bot says: text in our markup, views, or both.</summary>
public sealed record BotMessage(Markup? Text, IReadOnlyList<View> Views)
{
    /// <summary>A text reply; <paramref name="text"/> is authored markup (<c>**bold**</c>), user values in it are shown literally only where they hold no markup.</summary>
    public static BotMessage Plain(string text) => new(Markup.Parse(text), []);

    /// <summary>Text to copy exactly (see <see cref="Markup.Copyable"/>).</summary>
    public static BotMessage Copyable(string text) => new(Markup.Copyable(text), []);

    public static BotMessage WithView(View view, string? text = null) => new(text is null ? null : Markup.Parse(text), [view]);
}
