using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Huddles;

/// <summary>The huddle post's button (<see cref="HuddleChatFeature"/>): Show every ticket, on a post whose lists were cut.</summary>
public static class HuddleVerbs
{
    /// <summary>Sends every ticket of the digest over several messages (<see cref="HuddlePages"/>), as "huddle all" does.</summary>
    public static readonly Verb ShowAll = new("huddle.all");

    /// <summary>The payload key of the post's <see cref="HuddleKind"/>: the lists are those of the post pressed, not of the hour.</summary>
    public const string KindKey = "kind";

    /// <summary>The payload key of the team channel of a scheduled post: its lists are those of the teams it serves.</summary>
    public const string ChannelKey = "channel";
}
