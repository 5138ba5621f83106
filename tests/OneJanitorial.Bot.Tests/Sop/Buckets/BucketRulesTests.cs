using OneJanitorial.Bot.Sop.Buckets;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Sop.Buckets;

public sealed class BucketRulesTests
{
    private static readonly BucketFacts Ordinary = new(InScope: true, BlamesClient: false, DoneDispute: false, CanExplainFix: true, DistanceProblem: false, PersonalLifeNoPlan: false);

    // Facts as "scope,blame,dispute,explain,distance,personal,constraint": y/n/- (unknown).
    [Theory]
    [InlineData("n,-,-,-,-,-,-", IssueBucket.Bucket3A, BucketReason.OutOfScope)]
    [InlineData("n,y,y,n,y,y,y", IssueBucket.Bucket3A, BucketReason.OutOfScope)]
    [InlineData("y,y,-,-,-,-,-", IssueBucket.Bucket1, BucketReason.AttitudeGate)]
    [InlineData("y,y,y,y,n,n,y", IssueBucket.Bucket1, BucketReason.AttitudeGate)]
    [InlineData("y,n,y,-,-,-,-", IssueBucket.Bucket3B, BucketReason.ExpectationDispute)]
    [InlineData("y,n,y,n,y,y,y", IssueBucket.Bucket3B, BucketReason.ExpectationDispute)]
    [InlineData("y,n,n,n,-,-,-", IssueBucket.Bucket1, BucketReason.CapabilityFail)]
    [InlineData("y,n,n,y,y,-,-", IssueBucket.Bucket1, BucketReason.Distance)]
    [InlineData("y,n,n,y,n,y,-", IssueBucket.Bucket1, BucketReason.PersonalLife)]
    [InlineData("y,n,n,y,n,n,y", IssueBucket.Bucket2, BucketReason.Constraint)]
    [InlineData("y,n,n,y,n,n,n", IssueBucket.Bucket2, BucketReason.ConstraintNotYetIdentified)]
    public void Decide_DecisionTable_GivesBucketAndReason(string facts, IssueBucket bucket, BucketReason reason)
    {
        var decision = BucketRules.Decide(Parse(facts)).Decision;

        Assert.NotNull(decision);
        Assert.Equal(bucket, decision.Bucket);
        Assert.Equal(reason, decision.Reason);
    }

    [Theory]
    [InlineData("-,-,-,-,-,-,-", BucketQuestion.InScope)]
    [InlineData("y,-,-,-,-,-,-", BucketQuestion.BlamesClient)]
    [InlineData("y,n,-,-,-,-,-", BucketQuestion.DoneDispute)]
    [InlineData("y,n,n,-,-,-,-", BucketQuestion.CanExplainFix)]
    [InlineData("y,n,n,y,-,-,-", BucketQuestion.Circumstances)]
    [InlineData("y,n,n,y,n,-,-", BucketQuestion.Circumstances)]
    [InlineData("y,n,n,y,n,n,-", BucketQuestion.Constraint)]
    [InlineData("-,-,-,-,-,-,y", BucketQuestion.InScope)]
    [InlineData("y,-,-,-,-,-,y", BucketQuestion.BlamesClient)]
    public void Decide_OpenFacts_AsksTheFirstOpenQuestionInOrder(string facts, BucketQuestion next)
    {
        var outcome = BucketRules.Decide(Parse(facts));

        Assert.Null(outcome.Decision);
        Assert.Equal(next, outcome.Next);
    }

    [Fact]
    public void Decide_StatedTriggerWithEarlierQuestionsOpen_ListsThemAsAssumed()
    {
        var blame = BucketRules.Decide(new BucketFacts(BlamesClient: true)).Decision!;
        var constraint = BucketRules.Decide(new BucketFacts(BlamesClient: false, HasConstraint: true)).Decision!;

        Assert.Equal([BucketQuestion.InScope], blame.Assumed);
        Assert.Equal(IssueBucket.Bucket2, constraint.Bucket);
        Assert.Equal([BucketQuestion.InScope, BucketQuestion.DoneDispute, BucketQuestion.CanExplainFix, BucketQuestion.Circumstances], constraint.Assumed);
    }

    [Fact]
    public void Decide_EveryQuestionAnswered_AssumesNothing()
    {
        var decision = BucketRules.Decide(Ordinary with { HasConstraint = true }).Decision!;

        Assert.Empty(decision.Assumed);
    }

    [Fact]
    public void Order_StartsWithChecklistAndEndsWithConstraint()
    {
        Assert.Equal(
            [BucketQuestion.InScope, BucketQuestion.BlamesClient, BucketQuestion.DoneDispute, BucketQuestion.CanExplainFix, BucketQuestion.Circumstances, BucketQuestion.Constraint],
            BucketRules.Order);
    }

    private static BucketFacts Parse(string facts)
    {
        var v = facts.Split(',').Select(f => f switch { "y" => true, "n" => false, _ => (bool?)null }).ToArray();
        return new BucketFacts(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
}
