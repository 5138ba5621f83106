using OneJanitorial.Bot.Sop.Buckets;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Sop.Buckets;

public sealed class BucketChatScripts
{
    private const string Checklist = "checklist / scope of work";
    private const string Blame = "blame the client";
    private const string Dispute = "\"they did it\" vs \"it's not done\"";
    private const string Explain = "explain how they will fix it";
    private const string Circumstances = "Does either of these";
    private const string Constraint = "identifiable constraint";

    [Fact]
    public Task GuidedPath_AnswersEveryQuestion_EndsWithBucket2AndItsSteps() =>
        new ConversationScript()
            .Send("what bucket is this?").ExpectCard(Checklist)
            .Press("Yes").ExpectCard(Blame)
            .Press("No").ExpectCard(Dispute)
            .Press("No").ExpectCard(Explain)
            .Press("Yes").ExpectCard(Circumstances)
            .Submit(new { circumstance = BucketCards.Neither }).ExpectCard(Constraint)
            .Press("Yes").ExpectCard((card, text) =>
            {
                Assert.Contains("Bucket 2: Constraint (Process 4)", text);
                Assert.Contains("4.3 — Install control plan", text);
                Assert.Contains("Bucket 2 (Constraint) → next: Process 4", text);
                Assert.Contains("#execution-steps-process-4", text);
                Assert.DoesNotContain("Not asked", text);
            })
            .RunAsync();

    [Fact]
    public Task GuidedPath_Back_ReturnsToThePreviousQuestionAndForgetsItsAnswer() =>
        new ConversationScript()
            .Send("which bucket").ExpectCard(Checklist)
            .Press("Yes").ExpectCard(Blame)
            .Press("Back").ExpectCard((card, text) => Assert.DoesNotContain("In checklist/scope", text))
            .Press("No").ExpectCard("Bucket 3A: Scope discrepancy (Process 5A)")
            .RunAsync();

    [Fact]
    public Task GuidedPath_Cancel_EndsTheQuestions() =>
        new ConversationScript()
            .Send("bucket?").ExpectCard(Checklist)
            .Press("Yes").ExpectCard(Blame)
            .Press("Cancel").ExpectText("Cancelled the bucket questions.")
            .RunAsync();

    [Fact]
    public Task GuidedPath_CapabilityFail_DecidesBucket1WithoutAskingTheRest() =>
        new ConversationScript()
            .Send("What bucket is this?").ExpectCard(Checklist)
            .Press("Yes").ExpectCard(Blame)
            .Press("No").ExpectCard(Dispute)
            .Press("No").ExpectCard(Explain)
            .Press("No").ExpectCard((card, text) =>
            {
                Assert.Contains("Bucket 1: Incapability/Attitude (Process 3)", text);
                Assert.Contains("solve test failed", text);
                Assert.Contains("3.1 — Solve Test", text);
            })
            .Press("Start over").ExpectCard(Checklist)
            .RunAsync();

    [Fact]
    public Task DirectPath_BlameStated_AnswersBucket1AtOnce() =>
        new ConversationScript()
            .Send("the cleaner blames the client, what bucket?").ExpectCard((card, text) =>
            {
                Assert.Contains("Bucket 1: Incapability/Attitude (Process 3)", text);
                Assert.Contains("3.2 — Attitude Gate", text);
                Assert.Contains("From your question: \"blames the client\"", text);
                Assert.Contains("Not asked: assumed in scope", text);
            })
            .RunAsync();

    [Fact]
    public Task DirectPath_OutOfScopeStated_AnswersBucket3A() =>
        new ConversationScript()
            .Send("client wants carpets shampooed, not on the checklist - which bucket?").ExpectCard((card, text) =>
            {
                Assert.Contains("Bucket 3A: Scope discrepancy (Process 5A)", text);
                Assert.Contains("Under-15-Minute Rule", text);
                Assert.Contains("Bucket 3 · sub-path 3A", text);
                Assert.Contains("Step 1B", text);
            })
            .RunAsync();

    [Fact]
    public Task PartialFacts_InScopeAndNoBlameStated_AsksOnlyTheRest() =>
        new ConversationScript()
            .Send("it's in the checklist and the cleaner doesn't blame the client, what bucket is this?")
            .ExpectCard((card, text) =>
            {
                Assert.Contains(Dispute, text);
                Assert.Contains("Question 3", text);
            })
            .Press("Yes").ExpectCard("Bucket 3B: Expectation dispute (Process 5B)")
            .RunAsync();

    [Fact]
    public Task OtherQuestion_GoesToTheSopAnswer() =>
        new ConversationScript()
            .Send("steps for bucket 2").ExpectCard(card => Assert.DoesNotContain(card.Actions!, a => a.Title == "Start over"))
            .RunAsync();
}
