using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class ReviewRequestPolicyTests
{
    [Theory]
    [InlineData("Thanks, all good now!")]
    [InlineData("That works, appreciate it.")]
    [InlineData("You’ve been very helpful.")]
    [InlineData("I'm very happy with your service")]
    [InlineData("This is exactly the support we were looking for")]
    public void Decide_GreenLightPhraseInWriting_AllowsRequest(string reply)
    {
        var decision = ReviewRequestPolicy.Decide(new ReviewContext(reply, Resolved: true));

        Assert.True(decision.MayRequest);
        Assert.Equal(ReviewStatus.ReviewRequested, decision.Status);
    }

    [Theory]
    [InlineData("Ok.", "not clearly expressed")]
    [InlineData("Thanks, but the mirrors are still streaky.", "raises a concern")]
    public void Decide_NeutralOrMixedReply_NotEligible(string reply, string reason)
    {
        var decision = ReviewRequestPolicy.Decide(new ReviewContext(reply, Resolved: true));

        Assert.Equal(ReviewStatus.NotEligible, decision.Status);
        Assert.Contains(reason, decision.Reason);
    }

    [Fact]
    public void Decide_Escalated_NotEligibleEvenWhenHappy() =>
        Assert.Contains("escalation", ReviewRequestPolicy.Decide(new ReviewContext("Thanks!", true, Escalated: true)).Reason);

    [Fact]
    public void Decide_Tension_NotEligible() =>
        Assert.Equal(ReviewStatus.NotEligible, ReviewRequestPolicy.Decide(new ReviewContext("Thanks!", true, Tension: true)).Status);

    [Fact]
    public void Decide_RatingAtTarget_StopsAsking() =>
        Assert.Contains("4.6", ReviewRequestPolicy.Decide(new ReviewContext("Thanks!", true, GoogleRating: 4.6)).Reason);

    [Theory]
    [InlineData(null, true)]
    [InlineData("Thanks!", false)]
    public void Decide_NoReplyOrUnresolved_PendingConfirmation(string? reply, bool resolved) =>
        Assert.Equal(ReviewStatus.PendingConfirmation, ReviewRequestPolicy.Decide(new ReviewContext(reply, resolved)).Status);
}
