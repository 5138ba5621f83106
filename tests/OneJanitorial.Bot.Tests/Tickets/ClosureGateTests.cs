using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class ClosureGateTests
{
    [Theory]
    [InlineData(TicketType.R1)]
    [InlineData(TicketType.MoveToBco)]
    [InlineData(TicketType.NewConcern)]
    [InlineData(TicketType.ClientUpdate)]
    public void Missing_EverythingComplete_Nothing(TicketType type) =>
        Assert.Empty(ClosureGate.Missing(type, Notes.Complete(), Notes.CompleteClosure()));

    [Theory]
    [InlineData("confirmation", TicketType.NewConcern, "Verified client confirmation that the issue is resolved (or proof of resolution + no response after 2 attempts)")]
    [InlineData("rootCause", TicketType.NewConcern, "Root-cause accountability documented")]
    [InlineData("management", TicketType.NewConcern, "Management visibility (Edgar, Peter, Taylor tagged in note)")]
    [InlineData("plan", TicketType.NewConcern, "Long-term resolution plan in place")]
    [InlineData("review", TicketType.NewConcern, "Review status set: Review Requested / Not Eligible / Pending Confirmation")]
    [InlineData("notEligibleNoReason", TicketType.NewConcern, "Review status Not Eligible needs a reason")]
    [InlineData("firstOccurrence", TicketType.R1, "Recurring issue: Date of first occurrence")]
    [InlineData("removal", TicketType.AlreadyBco, "Recurring issue: Removal decision aligned with Cleaner Avatar")]
    [InlineData("why", TicketType.NewConcern, "Master Note: Why is required.")]
    [InlineData("accountabilityExplanation", TicketType.NewConcern, "Master Note: Did Partner Take Accountability (Yes/No) is required.")]
    [InlineData("bcoLink", TicketType.MoveToBco, "Master Note: Link to BCO Ticket (If Needed) is required.")]
    [InlineData("solvedFirst", TicketType.SurveyCorrection, "Master Note: Was Problem Solved on First Attempt is required.")]
    public void Missing_OneItemLeftOut_ListsExactlyThatItem(string leftOut, TicketType type, string expected)
    {
        var note = Notes.Complete();
        var closure = Notes.CompleteClosure();
        (note, closure) = leftOut switch
        {
            "confirmation" => (note, closure with { ClientConfirmation = ClientConfirmation.None }),
            "rootCause" => (note, closure with { RootCauseDocumented = false }),
            "management" => (note, closure with { ManagementTagged = false }),
            "plan" => (note, closure with { LongTermPlanInPlace = false }),
            "review" => (note, closure with { Review = null }),
            "notEligibleNoReason" => (note, closure with { Review = ReviewStatus.NotEligible, NotEligibleReason = " " }),
            "firstOccurrence" => (note, closure with { Recurring = closure.Recurring with { FirstOccurrence = null } }),
            "removal" => (note, closure with { Recurring = closure.Recurring with { RemovalDecisionPerAvatar = null } }),
            "why" => (note with { Why = "" }, closure),
            "accountabilityExplanation" => (note with { AccountabilityExplanation = null }, closure),
            "bcoLink" => (note with { BcoTicketLink = null }, closure),
            "solvedFirst" => (note with { SolvedOnFirstAttempt = null }, closure),
            _ => throw new ArgumentOutOfRangeException(nameof(leftOut)),
        };

        Assert.Equal([expected], ClosureGate.Missing(type, note, closure));
    }

    [Theory]
    [InlineData(TicketType.NewConcern, 0)]
    [InlineData(TicketType.SurveyCorrection, 0)]
    [InlineData(TicketType.R1, 7)]
    [InlineData(TicketType.MoveToBco, 7)]
    [InlineData(TicketType.AlreadyBco, 7)]
    public void Missing_NoRecurringDetails_RequiredOnlyForRecurringTypes(TicketType type, int expectedMissing)
    {
        var closure = Notes.CompleteClosure() with { Recurring = new() };

        Assert.Equal(expectedMissing, ClosureGate.Missing(type, Notes.Complete(), closure).Count);
    }

    [Fact]
    public void Missing_ProofAndNoResponseAfterTwoAttempts_CountsAsConfirmation() =>
        Assert.Empty(ClosureGate.Missing(TicketType.NewConcern, Notes.Complete(),
            Notes.CompleteClosure() with { ClientConfirmation = ClientConfirmation.ProofOfResolutionNoResponseAfterTwoAttempts }));
}
