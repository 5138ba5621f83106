using OneJanitorial.Bot.Sop.Answers;

namespace OneJanitorial.Bot.Sop.Chat;

/// <summary>A question answered in chat and, once the CSR pressed 👍 or 👎, their vote ("up" | "down").</summary>
public sealed record SopFeedback(
    string QuestionId,
    string Question,
    string Answer,
    bool Covered,
    IReadOnlyList<SopCitation> Citations,
    string UserId,
    string? UserName,
    DateTimeOffset AskedAt,
    string? Vote = null,
    DateTimeOffset? VotedAt = null)
{
    public const string Up = "up";
    public const string Down = "down";

    /// <summary>Worth a look by the Service Manager: voted down, or the SOP did not cover it.</summary>
    public bool IsBad => Vote == Down || !Covered;
}
