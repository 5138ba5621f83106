namespace OneJanitorial.Bot.Sop.Buckets;

/// <summary>How the bot words one deciding question: the question, the hint under it, its short label for "what you told me" lists, and the answer a result assumes when nobody answered it.</summary>
public sealed record BucketQuestionWording(string Question, string Hint, string Label, string Assumption);
