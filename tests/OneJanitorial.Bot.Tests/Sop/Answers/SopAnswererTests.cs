using Moq;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class SopAnswererTests
{
    [Fact]
    public async Task AnswerAsync_TableQuestion_LeadsWithTheRowAndNamesSectionAndReviewDate()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("what is BCO+", CancellationToken.None);

        Assert.True(answer.Covered);
        Assert.StartsWith("Already BCO: Definition: Cleaner already in BCO process and a new service issue happens; Badge: BCO+", answer.Text);
        Assert.EndsWith("SOP · Step 2 — Ticket Types & Labeling · reviewed 2026-11-23", answer.Text);
        var first = answer.Citations[0];
        Assert.Equal(("one-janitorial-csr-sop.md", "step-2--ticket-types--labeling"), (first.Document, first.Anchor));
        Assert.True(first.Score > 0);
    }

    [Fact]
    public async Task AnswerAsync_WholeQuestionNamingTheEnclosingSection_AnswersThatSection()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("what are the csr responsibilities", CancellationToken.None);

        Assert.Contains("Answer phones & transfer calls", answer.Text);
        Assert.Contains("Service issues corrected without repetition", answer.Text);
        Assert.Equal("Section 02 — Responsibilities", answer.Citations[0].Section);
    }

    [Theory]
    [InlineData("explain bucket 1 and bucket 2", "Framework — The 3-Bucket System")]
    [InlineData("explain bucket 2", "Framework — The 3-Bucket System › Bucket 2: Constraint (Process 4)")]
    [InlineData("explain buckets 3a and 3b", "Framework — The 3-Bucket System")]
    public async Task AnswerAsync_WholeQuestionNamingSiblingSubsections_AnswersTheirParent(string question, string section)
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync(question, CancellationToken.None);

        Assert.Equal(section, answer.Citations[0].Section);
    }

    [Fact]
    public async Task AnswerAsync_WholeAskTypedWithATypo_AnswersTheWholeSection()
    {
        var (_, answerer) = SopFixture.Manual();

        // "evry" asks for the whole table once read as "every"; before, the intro led and the closure checklist followed.
        var answer = await answerer.AnswerAsync("evry master note field", CancellationToken.None);

        Assert.Equal("Step 4 — Master Note — Pin to Top of Ticket", answer.Citations[0].Section);
        Assert.Contains("\n- Cleaning Schedule: Found on company profile", answer.Text);
        Assert.Contains("\n- Personal Life Constraints: Health, pregnancy, travel, or burnout issues?", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_SituationMatchingABucketsUseWhen_LeadsWithItThenTheStepsAndFurtherPassages()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("the cleaner keeps blaming the client and won't own it", CancellationToken.None);

        Assert.StartsWith("Cleaner blames the client / refuses responsibility / attitude problem (\"client problem\")\n\nUse when:\n", answer.Text);
        Assert.Contains("\n- 3.2 — Attitude Gate: \"Client problem\" / refuses ownership → removal path.", answer.Text);
        Assert.Equal("Framework — The 3-Bucket System › Bucket 1: Incapability/Attitude (Process 3)", answer.Citations[0].Section);
        // A further relevant passage from another section still follows the bucket, as in a single-fact answer.
        Assert.Contains("\n\nSection 04 — Cleaner Avatar Definition:\n", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_SituationMatchingAFailureSign_TellsTheRuleItIsASignOf()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("cleaner promised to handle it, notes are vague, no follow-up date set", CancellationToken.None);

        Assert.StartsWith("Vague notes: \"spoke to cleaner, they'll handle it\"", answer.Text);
        Assert.Contains("\n\nTheory — The 4 Core Theories › Core Theory 2:\nOn the first issue, the CSR must extract a real root cause", answer.Text);
    }

    [Theory]
    [InlineData("the cleaner runs a crew of his own and never checks their work")]
    [InlineData("what makes a cleaner a good fit")]
    public async Task Extract_PassageNearestInMeaningRankedBelowTheQuoted_FollowsTheAnswer(string question)
    {
        var (knowledge, options, snapshot) = await SopFixture.ManualSnapshotAsync();
        using var _ = knowledge;
        var avatar = snapshot.Passages.First(p => p.Section == "Section 04 — Cleaner Avatar Definition" && p.Text.Contains("Operates their own", StringComparison.Ordinal));
        var standards = snapshot.Passages.First(p => p.Text.Contains("weekly inspections minimum", StringComparison.Ordinal));
        // The avatar leads by the question's words; the standards, nearest in meaning, rank last with too few of them to be quoted.
        var result = SopFixture.Result(question, snapshot, new(avatar, 0.12, 0.8, 0.60, 1), new(standards, 0.07, 0.2, 0.66, 9));

        var answer = SopFixture.Answerer(knowledge, options).Extract(question, result);

        Assert.StartsWith("Operates their own cleaning business", answer.Text);
        Assert.Contains("\n\nNon-Negotiables — Standards That Cannot Bend:\n- Root cause discovery", answer.Text);
    }

    [Fact]
    public async Task Extract_PassageNearestInMeaningLeads_IsNotQuotedTwice()
    {
        var (knowledge, options, snapshot) = await SopFixture.ManualSnapshotAsync();
        using var _ = knowledge;
        var avatar = snapshot.Passages.First(p => p.Section == "Section 04 — Cleaner Avatar Definition" && p.Text.Contains("Operates their own", StringComparison.Ordinal));
        var standards = snapshot.Passages.First(p => p.Text.Contains("weekly inspections minimum", StringComparison.Ordinal));
        var result = SopFixture.Result("what makes a cleaner a good fit", snapshot, new(avatar, 0.12, 0.8, 0.70, 1), new(standards, 0.07, 0.2, 0.66, 9));

        var answer = SopFixture.Answerer(knowledge, options).Extract(result.Query, result);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer.Text, "Has a reliable vehicle"));
        Assert.DoesNotContain("Non-Negotiables", answer.Text);
    }

    [Theory]
    [InlineData("Closure Checklist", true)]
    [InlineData("Cleaner Distance From Building", false)]
    public async Task Extract_WholeAskWithThePassageNearestInMeaning_FollowsTheSectionOnlyFromOutsideIt(string nearest, bool follows)
    {
        var (knowledge, options, snapshot) = await SopFixture.ManualSnapshotAsync();
        using var _ = knowledge;
        var row = snapshot.Passages.First(p => p.IsTableRow && p.RowLabel == "Cleaning Schedule");
        var other = snapshot.Passages.First(p => p.Section.EndsWith(nearest, StringComparison.Ordinal) || p.IsTableRow && p.RowLabel == nearest);
        var result = SopFixture.Result("list every field of the master note", snapshot, new(row, 0.12, 0.9, 0.60, 1), new(other, 0.07, 0.2, 0.7, 9));

        var answer = SopFixture.Answerer(knowledge, options).Extract(result.Query, result);

        Assert.Contains("\n- Cleaning Schedule: Found on company profile", answer.Text);
        Assert.Equal(follows, answer.Text.Contains("Closure Checklist:\n- ✓ Verified client confirmation", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer.Text, "Cleaner Distance From Building"));
    }

    [Fact]
    public async Task Extract_WholeAskNamingADeeperHitsHeading_IsAnsweredWithItsSection()
    {
        var (knowledge, options, snapshot) = await SopFixture.ManualSnapshotAsync();
        using var _ = knowledge;
        var creation = snapshot.Passages.Where(p => p.Section.StartsWith("Step 1 — Ticket Creation", StringComparison.Ordinal)).Take(3)
            .Select((p, i) => new SopHit(p, 0.1 - i * 0.01, 0.9, 0.65, i + 1)).ToList();
        var types = snapshot.Passages.First(p => p.Section == "Step 2 — Ticket Types & Labeling");
        var result = SopFixture.Result("explain every ticket type", snapshot, [.. creation, new(types, 0.02, 0.5, 0.6, 6)]);

        var answer = SopFixture.Answerer(knowledge, options).Extract(result.Query, result);

        Assert.Equal("Step 2 — Ticket Types & Labeling", answer.Citations[0].Section);
    }

    [Fact]
    public async Task AnswerAsync_WholeSectionWithSubsections_EachSubsectionUnderItsOwnHeading()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("list the ticket stages", CancellationToken.None);

        // Before, the first checklist item was glued to its heading as if it were a stage ("- Closure Checklist: Verified …").
        Assert.Contains("\n- Closed Client Ticket: Issue solved OR proof of resolution", answer.Text);
        Assert.Contains("\n\nClosure Checklist:\n- Verified client confirmation that issue is resolved\n", answer.Text);
        Assert.Contains("\n\nFor Recurring Issues (R1/R2) — Additional Requirements:\n- Date of first occurrence\n", answer.Text);
        Assert.DoesNotContain("- Closure Checklist:", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_OrdinalQuestion_LeadsWithTheRowLabelledWithIt()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("cleaner got a third complaint in two months", CancellationToken.None);

        // Before, Step 2's "Move to BCO" row led (it mentions "3rd+" in its definition) and the strike's action was missing.
        Assert.StartsWith("3rd+ Issue: Ticket Type: Move to BCO; Action Required: Removal from the building.", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_NumberOfATableLabelColumn_LeadsWithTheRowItNumbers()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("cleaner is on strike 3 now, what do we do", CancellationToken.None);

        // "strike 3" numbers the 3-strike table's "Strike" column: its "3rd+ Issue" row answers, not the policy's opening line.
        Assert.StartsWith("3rd+ Issue: Ticket Type: Move to BCO; Action Required: Removal from the building.", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_QuestionNamesRowLabels_ThoseRowsLead()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("move to bco vs already bco, how are they different", CancellationToken.None);

        // Before, the strike table's "3rd+ Issue" row led: it only mentions "Move to BCO" in a cell.
        Assert.Equal("Step 2 — Ticket Types & Labeling", answer.Citations[0].Section);
        Assert.Contains("already in BCO process", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2+ previous issues", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HeadingNamesWhatTheFirstHitHoldsOnlyByContext_ThatHeadingLeads()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("when should the service manager coach a csr", CancellationToken.None);

        // Before, Core Theory 1's "Mechanism" (under a paragraph that mentions coaching) led and the list came last.
        var coachWhen = answer.Text.IndexOf("Ticket not created to process-manual standard (Step 1 failure)", StringComparison.Ordinal);
        var mechanism = answer.Text.IndexOf("Plug the constraint upstream", StringComparison.Ordinal);
        Assert.True(coachWhen >= 0 && (mechanism < 0 || coachWhen < mechanism), answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_HitPromotedToLead_IsCitedFirst()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("when should the service manager coach a csr", CancellationToken.None);

        // Before, the sources kept the raw ranking: the answer led with "Coach When You See", cited below three others.
        Assert.Equal("Theory — The 4 Core Theories › Core Theory 4 › Coach When You See", answer.Citations[0].Section);
    }

    [Fact]
    public async Task AnswerAsync_FirstHitCoversLessThanHalfOfAnother_TheBetterCoveredLeads()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("what are the source options on a ticket", CancellationToken.None);

        // Before, Step 1's opening (it says only "ticket") ranked first by meaning and led; the ticket fields came third.
        Assert.Contains("Source: Email / Form / Phone", answer.Text);
        Assert.Equal("Step 3 — CRM & Ticket Field Updates › Required \"About this Ticket\" Fields", answer.Citations[0].Section);
    }

    [Fact]
    public async Task AnswerAsync_WholeSectionOpeningWithAFragment_OpensWithItsHeading()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("what are the mandatory outcomes before moving on in Q1", CancellationToken.None);

        // Before, the answer opened with "IF NO: …", the branch of a question the manual lost, out of context.
        Assert.StartsWith("Q1 — Competency & Capability: IF NO: \"Okay. Then I need you to walk me through what you think the fix is.\"", answer.Text);
        Assert.Contains("Mandatory outcomes before moving on: WHO is doing it", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_FragmentLeadUnderAHeadingWithAColon_NotRepeatedBelow()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("how should a cleaner recap email be structured", CancellationToken.None);

        // Before, the quote that leads under "Step 5: Lockdown & "Fool-Proof" Close" was quoted again with the rest of its
        // passage: the heading's own ": " was taken for the end of the heading put in front of the fragment.
        Assert.StartsWith("Step 5: Lockdown & \"Fool-Proof\" Close: \"I'll send you an email now", answer.Text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer.Text, "I'll send you an email now"));
        Assert.Contains("Issue → Action Plan → Checklist → 3-Strike Policy", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_HeadingNamesOnlyAWordMostPassagesUse_DoesNotLead()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("cleaner did not show up", CancellationToken.None);

        // Before, "Cleaner Avatar Definition" led: its heading names "cleaner", which the missed-cleans policy never says.
        Assert.StartsWith("Missed cleans are classified as Urgent priority.", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_NumberNotBesideItsHeadingWord_DoesNotNameANumberedHeading()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("walk me through counting a cleaner's tickets for the last 3 months", CancellationToken.None);

        Assert.Contains("Count all open and closed tickets.", answer.Text);
        Assert.DoesNotContain("Mandatory Question Stack", answer.Text);
    }

    /// <summary>
    /// "Pay" is not the payroll topic's word here: clients pay for extra services, which the SOP covers (Extra Service,
    /// billable work, the under-15-minute rule).
    /// </summary>
    [Fact]
    public async Task AnswerAsync_ClientPayingForExtraWork_AnswersFromTheExtraService()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("can a client pay extra for a deep clean", CancellationToken.None);

        Assert.True(answer.Covered);
        Assert.Contains("billable service not in contract", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_OutOfScope_DeclinesWithoutCitations()
    {
        var (_, answerer) = SopFixture.Manual();

        var answer = await answerer.AnswerAsync("how do I reset my laptop password?", CancellationToken.None);

        Assert.False(answer.Covered);
        Assert.Equal(SopAnswer.NotCoveredText, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task AnswerAsync_Writer_GetsPassagesAndItsAnswerIsUsed()
    {
        var writer = new Mock<ISopAnswerWriter>();
        writer.Setup(w => w.WriteAsync("what's R1", It.Is<IReadOnlyList<SopHit>>(h => h.Count > 0), It.Is<SopAnswer>(a => a.Covered), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, IReadOnlyList<SopHit> _, SopAnswer a, CancellationToken _) => a with { Text = "R1 is the 2nd issue [1]." });

        var answer = await Answerer(writer.Object).AnswerAsync("what's R1", CancellationToken.None);

        Assert.Equal("R1 is the 2nd issue [1].", answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_WriterFailsOrDeclinesToWrite_FallsBackToExtractive()
    {
        var failing = new Mock<ISopAnswerWriter>();
        failing.Setup(w => w.WriteAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<SopHit>>(), It.IsAny<SopAnswer>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("model timed out"));
        var silent = new Mock<ISopAnswerWriter>();

        var afterFailure = await Answerer(failing.Object).AnswerAsync("what's R1", CancellationToken.None);
        var afterNull = await Answerer(silent.Object).AnswerAsync("what's R1", CancellationToken.None);

        Assert.Contains("R1", afterFailure.Text);
        Assert.Equal(SopAnswerGenerator.Extractive, afterFailure.Generator);
        Assert.Equal(afterFailure.Text, afterNull.Text);
        Assert.True(afterNull.Covered);
    }

    private static SopAnswerer Answerer(ISopAnswerWriter writer)
    {
        var options = SopFixture.Options(SopFixture.ManualFolder);
        return SopFixture.Answerer(SopFixture.Knowledge(options), options, writer: writer);
    }
}
