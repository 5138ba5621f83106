using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>The button verbs of the bucket helper: <see cref="Start"/> (<see cref="BucketChatFeature"/>) and the dialog's <see cref="Answer"/>.</summary>
public static class BucketVerbs
{
    public static readonly Verb Start = new("bucket.start");
    public static readonly Verb Answer = new("bucket.answer");
}
