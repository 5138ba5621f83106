using OneJanitorial.Bot.Sop.Buckets;

namespace OneJanitorial.Bot.Tests.Sop.Buckets;

public sealed class BucketFactExtractorTests
{
    // Expected facts as "scope,blame,dispute,explain,distance,personal,constraint": y/n/- (not stated).
    [Theory]
    [InlineData("client wants carpets shampooed, not on the checklist", "n,-,-,-,-,-,-")]
    [InlineData("it's not in the checklist", "n,-,-,-,-,-,-")]
    [InlineData("it is in the checklist", "y,-,-,-,-,-,-")]
    [InlineData("the task isn't part of their scope of work", "n,-,-,-,-,-,-")]
    [InlineData("window washing is out of scope", "n,-,-,-,-,-,-")]
    [InlineData("that's outside the client's scope", "n,-,-,-,-,-,-")]
    [InlineData("checklist = YES and the cleaner says it was done", "y,-,y,-,-,-,-")]
    [InlineData("checklist says no", "n,-,-,-,-,-,-")]
    [InlineData("it's on their checklist, client says it's not done", "y,-,-,-,-,-,-")]
    [InlineData("not sure if it's in the checklist", "-,-,-,-,-,-,-")]
    [InlineData("the cleaner blames the client", "-,y,-,-,-,-,-")]
    [InlineData("cleaner keeps blaming the customer for the mess", "-,y,-,-,-,-,-")]
    [InlineData("the cleaner says it's a client problem", "-,y,-,-,-,-,-")]
    [InlineData("cleaner refuses to take responsibility", "-,y,-,-,-,-,-")]
    [InlineData("he says it's not his fault", "-,y,-,-,-,-,-")]
    [InlineData("the cleaner doesn't blame the client", "-,n,-,-,-,-,-")]
    [InlineData("cleaner does not take ownership", "-,y,-,-,-,-,-")]
    [InlineData("the cleaner takes ownership", "-,n,-,-,-,-,-")]
    [InlineData("cleaner has a great attitude and wants to fix it", "-,n,-,-,-,-,-")]
    [InlineData("cleaner has a bad attitude", "-,y,-,-,-,-,-")]
    [InlineData("cleaner says they did it but client says it's not done", "-,-,y,-,-,-,-")]
    [InlineData("it's a done vs not done dispute", "-,-,y,-,-,-,-")]
    [InlineData("cleaner insists she cleaned the bathrooms", "-,-,y,-,-,-,-")]
    [InlineData("there's no dispute, the cleaner admits they missed it", "-,-,n,-,-,-,-")]
    [InlineData("the cleaner can't explain how they'll fix it", "-,-,-,n,-,-,-")]
    [InlineData("cleaner cannot explain the fix", "-,-,-,n,-,-,-")]
    [InlineData("the cleaner was unable to explain what went wrong", "-,-,-,n,-,-,-")]
    [InlineData("cleaner explained how she will fix it tonight", "-,-,-,y,-,-,-")]
    [InlineData("the cleaner doesn't know how to fix it", "-,-,-,n,-,-,-")]
    [InlineData("the building is too far for the cleaner", "-,-,-,-,y,-,-")]
    [InlineData("it's outside his service area", "-,-,-,-,y,-,-")]
    [InlineData("the building is not too far", "-,-,-,-,n,-,-")]
    [InlineData("cleaner has personal issues with no workable plan", "-,-,-,-,-,y,-")]
    [InlineData("family emergency keeps causing missed cleans", "-,-,-,-,-,y,-")]
    [InlineData("she ran out of supplies", "-,-,-,-,-,-,y")]
    [InlineData("new cleaner was never trained", "-,-,-,-,-,-,y")]
    [InlineData("he's short-staffed this month", "-,-,-,-,-,-,y")]
    [InlineData("there is no supervision at that site", "-,-,-,-,-,-,y")]
    [InlineData("there's no identifiable constraint", "-,-,-,-,-,-,n")]
    [InlineData("what bucket is this?", "-,-,-,-,-,-,-")]
    public void Extract_CsrPhrasing_ReadsTheStatedFacts(string text, string expected)
    {
        var facts = BucketFactExtractor.Extract(text).Facts;

        Assert.Equal(expected, Format(facts));
    }

    [Fact]
    public void Extract_StatedFact_KeepsTheWordsThatGaveIt()
    {
        var extracted = BucketFactExtractor.Extract("Client wants carpets shampooed, it isn’t on the checklist");

        Assert.Equal(false, extracted.Facts.InScope);
        Assert.Equal("n't on the checklist", extracted.Evidence[BucketFact.InScope]);
    }

    [Theory]
    [InlineData("what bucket is this?", true)]
    [InlineData("Which bucket?", true)]
    [InlineData("bucket?", true)]
    [InlineData("the cleaner blames the client, what bucket?", true)]
    [InlineData("what's the bucket for this one", true)]
    [InlineData("what bucket does this go in", true)]
    [InlineData("which bucket does it go in", true)]
    [InlineData("steps for bucket 2", false)]
    [InlineData("what is the 3-bucket system", false)]
    [InlineData("how do I close a ticket", false)]
    public void IsBucketQuestion_Phrasing_RecognisesAskingForABucket(string text, bool expected)
    {
        Assert.Equal(expected, BucketFactExtractor.IsBucketQuestion(text));
    }

    private static string Format(BucketFacts f) =>
        string.Join(",", new[] { f.InScope, f.BlamesClient, f.DoneDispute, f.CanExplainFix, f.DistanceProblem, f.PersonalLifeNoPlan, f.HasConstraint }
            .Select(v => v switch { true => "y", false => "n", null => "-" }));
}
