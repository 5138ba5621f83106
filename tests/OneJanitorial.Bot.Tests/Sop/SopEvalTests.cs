using System.Globalization;
using System.Text;
using OneJanitorial.Bot.Sop.Answers;
using Xunit.Abstractions;

namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>
/// The SOP question sets (TestData/Sop): questions as CSRs type them, by kind, each with the facts its answer must
/// contain; a tuning set and a held-out set never tuned on (the ninth; the first eight were seen in tuning or measured
/// before set 9 was written, and are now tuning data); and questions the SOP does not cover. Each test prints its table and fails below its regression
/// floors. The held-out test shows its questions (misses and leaks) only
/// when SOP_EVAL_SHOW_HELDOUT=1, so that tuning on the tuning set never shows a held-out question by accident.
/// </summary>
public sealed class SopEvalTests(ITestOutputHelper output)
{
    private const string ShowHeldOutVariable = "SOP_EVAL_SHOW_HELDOUT";

    /// <summary>
    /// Floors: the tuning figures measured once the second held-out set (eval-csr-heldout-2.tsv and
    /// eval-csr-out-of-scope-2.txt, seen during tuning) joined the tuning set on 2026-11-28: 94.4% fact in answer of
    /// 445 questions, 95.3% of 129 out-of-scope declined, rounded down to 0.5 pp. Before it joined: 95.6% of 298 and
    /// 100% of 91; set 2 alone, as held out, measured 91.8% fact in answer and 84.2% declined. With the 40 questions of
    /// eval-out-of-scope-extra.txt (169 out of scope) and names judged without their capitals: 95.3% declined (125 of
    /// the first 129, 36 of the 40), 94.4% fact in answer.
    /// Raised after a situation's report framing was dropped and words sharing a root with the manual's were related:
    /// 94.8% fact in answer; then with real-word typos corrected by the manual's word pairs: 95.1%.
    /// With eval-csr-tuning-3.tsv (25 situations, 15 whole-policy questions, written before the second round of
    /// in-scope tuning; alone 28 of 40 answered): 93.0% fact in answer of 485 (451), 93.8% fact in top-3. Raised after
    /// numbers name a heading only beside their word and a hit whose heading names the question may lead: 93.4% (453);
    /// then with an ordinal question led by the table row labelled with it: 93.8% (455).
    /// With eval-out-of-scope-tuning-4.txt (40 questions written before the decline decision is recalibrated; 38
    /// declined): 95.2% of 209 declined, so the declined floor stays at 95.0%.
    /// With the sections' situation cues (glossary "situations", read only for a question telling what a client or
    /// cleaner did): 94.0% fact in answer (456; half A 93.4 → 93.8%, half B 94.2% unchanged), situations 81.6 → 82.5%,
    /// 95.2% declined unchanged (A 94.3%, B 96.2%); the floors stay.
    /// Raised after answers cite first the hit they lead with (fact in top-3 94.0 → 94.4%) and a first hit covering less
    /// than half of what another of the best 3 covers no longer leads: 94.2% fact in answer (457; half A 93.8 → 94.2%,
    /// half B 94.2% unchanged), 95.2% declined unchanged.
    /// With "responsibility" words stemmed apart from "response" (TextAnalyzer): 94.4% fact in answer (458; half A 94.2 →
    /// 94.7%, half B 94.2% unchanged), 95.2% declined unchanged; the floors stay.
    /// With held-out sets 3 and 4 joined (2026-11-29, when set 5 was committed; 812 questions, 301 out of scope):
    /// 86.9% fact in answer (half A 86.7%, half B 87.2%), 88.7% fact in top-3, 90.4% declined; floors lowered to those,
    /// rounded down to 0.5 pp.
    /// Raised after the passages whose situation cues are nearest the question in meaning joined the fusion (a third
    /// ranking): 87.6% fact in answer (half A 86.7 → 87.4%, half B 87.2 → 87.7%), fact in top-3 88.7 → 90.0%,
    /// situations 73.8 → 75.7%, 90.4% declined unchanged.
    /// Raised after "every / all … / the full list / what are they" questions ask for the whole section and a whole
    /// question naming sibling subsections ("buckets 1 and 2") gets their parent: 88.2% (half A 87.4 → 88.4%, half B
    /// 87.7 → 87.9%), lists 83.6 → 87.3%, 90.4% declined unchanged.
    /// Raised after a question whose nearest situation cue in meaning (similarity ≥ 0.7) belongs to a best hit has its
    /// unknown words counted as explained: 88.5% (half A 88.4 → 88.9%, half B 87.9 → 88.2%), fact in top-3 90.1 →
    /// 90.8%, 90.4% declined unchanged (A 90.1%, B 90.7%).
    /// With held-out set 5 joined (2026-11-29, when set 6 was committed; 959 questions, 344 out of scope): 87.9% fact in
    /// answer (half A 87.9%, half B 87.9%), 90.0% fact in top-3, 89.2% declined (A 89.5%, B 89.0%); floors lowered to
    /// those, rounded down to 0.5 pp.
    /// Raised after an owner ("X's") counts as another company only when it is a name (capitalised, or no English word),
    /// so "last night's clean" and "everything's fine" no longer put a question outside the SOP: 88.1% fact in answer
    /// (half A 87.9 → 88.3%, half B 87.9% unchanged), fact in top-3 90.0 → 90.2%, 89.2% declined unchanged.
    /// With a whole ask also read in the corrected question ("evry"), after its verb ("…, explain") and as "what fields
    /// go in", and a named enclosing section beside a named sibling giving way to their parent: 88.4% (half A 88.3 →
    /// 89.0%, half B 87.9% unchanged), lists 86.5 → 88.3%, fact in top-3 90.2 → 90.3%, 89.2% declined unchanged (A
    /// 89.5%, B 89.0%); the floor stays.
    /// Raised after a question asking for a clock time, a price or a contact detail that none of its best hits states
    /// is declined (ExpectedValue): 92.2% declined (half A 89.5 → 93.0%, half B 89.0 → 91.3%), 88.4% fact in answer and
    /// 90.3% fact in top-3 unchanged.
    /// Raised after a hit telling when its section applies ("Use when: the cleaner blames the client") is answered with
    /// that section (the condition first, then its execution steps) and the further relevant passages: 88.6% (half A
    /// 89.0 → 89.2%, half B 87.9 → 88.1%), situations 75.2 → 75.6%, lists 88.3 → 89.0%, fact in top-3 90.3 → 90.4%,
    /// 92.2% declined unchanged (A 93.0%, B 91.3%).
    /// With a situation led by a subsection's passage ("Failure Signs") also told its parent's opening rule (Core
    /// Theory 2's root cause): 88.7% (half A 89.2 → 89.4%, half B 88.1% unchanged; it only adds text, so it cannot
    /// lose a fact), situations 75.6 → 76.0%, 90.4% fact in top-3 and 92.2% declined unchanged; the floor stays.
    /// Raised after the glossary read the chat spellings "walkthru" / "walk-thru" as walkthrough and "EOD" as the
    /// manual's "end of day": 88.9% fact in answer (half A 89.4 → 89.8%, half B 88.1% unchanged), fact in top-3 90.4 →
    /// 90.6%, 92.2% declined unchanged (A 93.0%, B 91.3%); the floor stays.
    /// With held-out set 6 joined (2026-11-29, when set 7 was committed; 1,126 questions, 392 out of scope): 89.3% fact in
    /// answer (half A 90.1%, half B 88.6%), 91.0% fact in top-3, 91.6% declined (A 92.9%, B 90.3%); situations 77.2%,
    /// lists 90.0%; floors set to those, rounded down to 0.5 pp.
    /// Raised after a situation is also told the retrieved passage nearest it in meaning when the answer does not quote
    /// it: 89.7% fact in answer (half A 90.1 → 90.6%, half B 88.6 → 88.8%), situations 77.2 → 78.5%, 91.0% fact in top-3
    /// and 91.6% declined unchanged (A 92.9%, B 90.3%).
    /// Raised after a whole ask ("explain why …") is also told the retrieved passage nearest it in meaning when its
    /// section does not hold it: 90.1% fact in answer (half A 90.6 → 90.8%, half B 88.8 → 89.3%), lists 90.0 → 91.6%,
    /// 91.0% fact in top-3 and 91.6% declined unchanged.
    /// Raised after every answer, not only a situation's or a whole ask's, is told that passage when it does not quote it
    /// (46 of half A's 563 answers changed, their mean length +2%): 90.5% fact in answer (half A 90.8 → 90.9%, half B
    /// 89.3 → 90.1%), lists 91.6 → 92.1%, 91.0% fact in top-3 and 91.6% declined unchanged; 1,019 of 1,126 is 90.497%,
    /// so the floor stays.
    /// Raised after "reasons …" asks for the whole list, as "steps / criteria / requirements" do: 90.6% fact in answer
    /// (half A 90.9 → 91.1%, half B 90.1% unchanged: no B question says "reasons"), lists 92.1 → 92.6%, fact in top-3
    /// 91.0 → 91.1%, 91.6% declined unchanged.
    /// Raised after a "how many / how much" question counting a thing no relevant hit states a number of ("how many days
    /// notice …") is declined (CountedThing), with a fine, penalty or wage asked for as money: 92.6% declined (half A
    /// 92.9 → 94.4%, half B 90.3 → 90.8%), 90.6% fact in answer (A 91.1%, B 90.1%) and 91.1% fact in top-3 unchanged.
    /// With held-out set 7 joined (2026-11-29, when set 8 was committed; 1,320 questions, 448 out of scope): 90.2% fact in
    /// answer (half A 90.5%, half B 89.8%), 90.8% fact in top-3, 92.2% declined (A 94.6%, B 89.7%); situations 79.2%,
    /// lists 90.8%; floors set to those, rounded down to 0.5 pp.
    /// Raised after a "how do I / how to / where do I <verb> <thing>" question whose verb or a word of whose thing the
    /// manual has no word for (an English word neither used in it nor explained by the glossary: "run background checks",
    /// "pay the cleaner") is declined (AskedAction): 94.0% declined (421 of 448; half A 94.6 → 96.9%, half B 89.7 →
    /// 91.1%), 90.2% fact in answer (A 90.5%, B 89.8%), 90.8% fact in top-3 and median answer chars unchanged, no kind
    /// row moved. Requiring the thing's words together in one of the best hits instead declined one more of half A's
    /// leaks but cost half B a typo question, so it was dropped.
    /// With a whole ask also offered the retrieved hit, deeper than the best 3, whose heading names more of it than theirs
    /// ("explain every ticket type" → Ticket Types & Labeling): 90.2% fact in answer (half A 90.5 → 90.6%, half B 89.8%
    /// unchanged), lists A 89.5 → 90.4% (B 92.2% unchanged), fact in top-3 90.8 → 90.9% (A 91.2 → 91.4%, B 90.5%
    /// unchanged; B's hit@1 78.2 → 78.0%), median answer chars 1,091 → 1,086, 94.0% declined unchanged; the floors stay.
    /// With contractions typed without the apostrophe ("whos", "thats") read as stop words, as "whats" was, instead of
    /// "whos" stemming to "who", a word the manual never uses (measured before the whole-ask change above): 90.3% fact in answer (half A 90.5 → 90.6%, half B 89.8 →
    /// 90.0%), situations A 79.5 → 80.1%, typos B 93.7 → 95.2%, fact in top-3 90.8 → 91.0%, 94.0% declined unchanged (A
    /// 96.9%, B 91.1%); the floors stay.
    /// With "ago" ("two days ago") a stop word, as "already" and "yet" are, instead of a word the manual never uses
    /// (measured, as the paragraph before, without the whole-ask change): 90.4%
    /// fact in answer (half A 90.6 → 90.8%, half B 90.0% unchanged), situations A 80.1 → 80.7% (B 78.8% unchanged), fact
    /// in top-3 91.0 → 91.1%, 94.0% declined unchanged (A 96.9%, B 91.1%); the floors stay.
    /// With held-out set 8 joined (2026-11-29, when set 9 was committed; 1,527 questions, 508 out of scope): 88.6% fact in
    /// answer (half A 88.5%, half B 88.7%), 89.8% fact in top-3, 93.3% declined (A 96.1%, B 90.6%); situations 76.6%,
    /// lists 89.7%, typos 94.7%, numbers 95.2%; floors set to those, rounded down to 0.5 pp.
    /// With a whole ask also read in the chat spelling "walk me thru" / "run me thru", as "walk me through" was: 88.9%
    /// fact in answer (half A 88.5 → 88.7%, half B 88.7 → 89.0%), lists A 88.2 → 89.7% (B 91.2 → 92.6%), fact in top-3
    /// 89.8 → 89.9% (A 89.9 → 90.1%, B 89.8% unchanged), median answer chars 1,082 → 1,079, 93.3% declined unchanged (A
    /// 96.1%, B 90.6%); the floors stay.
    /// With a number after the header of a table's label column ("strike 3", "strike three") read as the ordinal its row
    /// is labelled with ("Strike: 3rd+ Issue"), so that row leads, as an ordinal's did: 88.9% fact in answer (half A 88.7 →
    /// 88.9%, half B 89.0% unchanged), numbers A 94.7 → 95.8% (B 95.7% unchanged), fact in top-3 89.9% (A 90.1%, B 89.8%)
    /// and median answer chars 1,079 unchanged, 93.3% declined unchanged; the floors stay.
    /// With "what <things> do we have / are there" asking for the whole list, as "what are they" does: 89.1% fact in answer
    /// (half A 88.9 → 89.1%, half B 89.0% unchanged), lists A 89.7 → 91.2% (B 92.6% unchanged), fact in top-3 89.9% and
    /// 93.3% declined unchanged, median answer chars 1,079 → 1,085 (A 1,099 and B 1,064 unchanged); the fact in answer
    /// floor is raised to 89.0%.
    /// With a table row's heading, for a whole ask, also holding its label column's header, so a question naming a table
    /// ("the priority levels") finds it under a heading that does not ("Required "About this Ticket" Fields"): 89.1% fact
    /// in answer (half A 89.1 → 89.3%, half B 89.0% unchanged), lists A 91.2 → 91.9% (B 92.6% unchanged), fact in top-3
    /// 89.9 → 90.0% (A 90.1 → 90.2%, B 89.8% unchanged), median answer chars 1,085 and 93.3% declined unchanged; the
    /// floors stay. A heading "Priority" restored over the table in knowledge/ instead (measured on the set-8 figures)
    /// answered the same question but let an out-of-scope question through (declined A 96.1 → 95.7%) and cost half B a
    /// number and a situation question.
    /// With the best hits' table rows whose whole label the question names ("move to bco", "already bco") leading over a
    /// passage that mentions the label only in a cell: 89.2% fact in answer (half A 89.3 → 89.4%, half B 89.0% unchanged),
    /// facts A 93.2 → 93.6% (B 92.0% unchanged), hit@1 77.0 → 77.7% (A 76.7 → 77.7%, B 77.3 → 77.6%), fact in top-3 90.0%
    /// and 93.3% declined unchanged, median answer chars 1,085 → 1,086; the floors stay. Counting a label named by its content words
    /// alone ("fix" naming "WHO Is Doing the Fix") gained the same question but lost another of half A's, so a label's
    /// little words must be in the question too.
    /// Raised after a number the manual never states ("zero issues" read as 0, "the fourth day" as 4th, "4pm") counts
    /// neither toward coverage nor as a word the manual lacks (SopQuery.IsUnstatedNumber; measured, as the paragraphs
    /// after it, before the four changes above, from 88.9% fact in answer): 89.1% fact in answer (half A
    /// 88.7 → 89.0%, half B 89.0 → 89.1%), facts A 93.2 → 93.6%, numbers A 94.7 → 95.8%, situations B 76.3 → 76.8%,
    /// fact in top-3 89.9 → 90.1% (A 90.1 → 90.3%, B 89.8 → 89.9%), median answer chars 1,079 → 1,077, 93.3% declined
    /// unchanged (A 96.1%, B 90.6%).
    /// With a three-letter word that is neither the manual's nor English corrected when it is a manual word with two
    /// letters swapped ("teh" → "the", SpellingCorrector): 89.1% fact in answer (half A 89.0 → 89.1%, half B 89.1%
    /// unchanged), typos A 93.5 → 94.8% (B 96.0% unchanged), fact in top-3 90.1 → 90.2% (A 90.3 → 90.4%, B 89.9%
    /// unchanged), median answer chars 1,077 → 1,082, 93.3% declined unchanged; the floors stay.
    /// Raised after the indefinite and reflexive pronouns ("everything", "someone", "himself"), "another", "else",
    /// prepositions such as "till" and "besides", and hedges ("probably", "maybe", "kinda") joined the question words
    /// (SopAnalyzers): none names a thing, yet the manual lacks them, so each counted as a word it does not explain:
    /// 89.7% fact in answer (half A 89.1 → 90.1%, half B 89.1 → 89.4%), situations A 76.8 → 78.4%, B 76.8 → 77.8%, facts
    /// A 93.6 → 94.4%, lists A 89.7 → 91.2%, fact in top-3 90.2 → 90.8% (A 90.4 → 91.4%, B 89.9 → 90.2%), median answer
    /// chars 1,082 → 1,077, 93.3% declined unchanged (A 96.1%, B 90.6%).
    /// With degree adverbs ("pretty sure", "super nice") and "include" / "contain" ("what does the recap email include",
    /// asked as "mean" is) among the question words: 89.8% fact in answer (half A 90.1 → 90.3%, half B 89.4% unchanged),
    /// situations A 78.4 → 78.9%, lists A 91.2 → 91.9%, fact in top-3 90.8 → 90.9% (A 91.4 → 91.6%, B 90.2%
    /// unchanged), median answer chars 1,077 → 1,079, 93.3% declined unchanged; the floors stay. "involve" was left out:
    /// as a question word it became a spelling target, and "invoice" (no word of the model's vocabulary) was read as it.
    /// These four changes on top of the three whole-ask and table changes before them: 90.1% fact in answer (half A 89.3 →
    /// 90.8%, half B 89.0 → 89.4%), fact in top-3 90.0 → 91.0%, median answer chars 1,085, 93.3% declined unchanged (A
    /// 96.1%, B 90.6%); the floor raised to 90%. With the table-row-label change above as well: 90.2% fact in answer
    /// (half A 91.0%, half B 89.4%), 91.0% fact in top-3, situations 78.4%, lists 93.4%, median answer chars 1,091,
    /// 93.3% declined (A 96.1%, B 90.6%).
    /// With set 9 (228 questions, 70 out of scope) joining the tuning set when set 10 was committed, on the same code:
    /// 89.5% fact in answer (half A 90.2%, half B 88.8%), 90.1% fact in top-3, situations 77.2%, lists 93.6%, median
    /// answer chars 1,091, 91.9% declined (A 94.8%, B 88.9%); the floors moved down to those, rounded down to 0.5 pp.
    /// The two alternate-question changes below were chosen on the tuning set before set 9 joined it (its half A's misses
    /// looked at, half B's not), then measured again with set 9 (last paragraph).
    /// With the sections' alternate questions (knowledge/one-janitorial-csr-sop.questions.tsv: 545 questions for 84
    /// sections, how CSRs ask for each, written from the manual alone by writers who saw neither the code nor any eval
    /// set) in the fusion: the section whose question is nearest the user's in meaning (question to question, both with
    /// the model's query prefix) gives its text passages (its rows when it has no text, what is under a heading with no
    /// body) as a fourth ranking at weight 0.25 (AlternateRanking): 91.3% fact in answer (half A 91.0 → 91.9%, half B
    /// 89.4 → 90.7%), facts A 94.7 → 96.2% (B 92.0 → 93.9%), situations A 78.9 → 81.1% (B 77.8 → 78.9%), lists B 92.6 →
    /// 94.9% (A 94.1% unchanged), typos B 96.0 → 97.3%, numbers A 96.8 → 95.8% and B 95.7 → 94.7% (one question each;
    /// on A "what is step two of the cleaner call" now led by Bucket 2's execution steps), fact in top-3 91.0 → 92.3%
    /// (A 91.8 → 92.8%, B 90.2 → 91.9%), hit@1 78.5 → 81.3%, median answer chars 1,091 → 1,096 (A 1,102 → 1,103, B
    /// 1,064 → 1,066), 93.3% declined unchanged (A 96.1%, B 90.6%). Measured before the questions of headings with no
    /// body were read: the best 2, 3 or 5 sections (weights 0.25 to 1.0) moved more hits up but let out-of-scope
    /// questions of half A through (declined 96.1 → 95.3–95.7%); at 1 section, weights 0.15, 0.35 and 0.5 were no better
    /// on half A than 0.25 (0.5 let one of half B's through); a section's rows too (A 92.0%) or its sub-sections too (A
    /// 92.1%, against 91.9%) made answers longer (A median 1,103 → 1,127–1,129), so its text alone.
    /// Raised after a question at least 0.85 similar to an alternate question whose section holds one of the best 3 hits
    /// has its words the manual lacks counted as explained, as a situation cue's meaning does (SopSearch
    /// .AlternateMeansSimilarity): 92.1% fact in answer (half A 91.9 → 92.5%, half B 90.7 → 91.6%), situations A 81.1 →
    /// 83.2% (B 78.9% unchanged), facts A 96.2 → 96.6% (B 93.9 → 95.8%), numbers B 94.7 → 95.7% (back to before the
    /// ranking; A 95.8% unchanged), lists B 94.9 → 95.6%, fact in top-3 92.3 → 93.1% (A 92.8 → 93.5%, B 91.9 → 92.8%),
    /// median answer chars 1,096 (A 1,103 → 1,107, B 1,066 unchanged), 93.3% declined unchanged (A 96.1%, B 90.6%).
    /// At 0.82 an out-of-scope question of half B got through (B 90.6 → 90.2%); at 0.88 half A
    /// answered fewer (92.3%). With both, the situation cues still add: their ranking, their meaning explaining words
    /// and their words in coverage all off, half A 92.5 → 91.1% and half B 91.3 → 90.8% (SituationCue), so they stay.
    /// Raised with both alternate-question changes measured on the tuning set with set 9 (1,755 questions, 578 out of
    /// scope): 91.7% fact in answer (half A 90.2 → 92.1%, half B 88.8 → 91.2%), fact in top-3 90.1 → 92.5% (A 90.5 →
    /// 92.7%, B 89.6 → 92.4%), hit@1 77.6 → 81.4%, facts A 94.7 → 96.7% (B 91.4 → 95.2%), situations A 77.4 → 82.4% (B
    /// 77.1 → 78.4%), typos A 93.3 → 94.4% (B 94.4 → 96.7%), lists B 93.1 → 95.6% (A 94.2% unchanged), numbers B 95.4 →
    /// 96.3% but A 95.5 → 94.5% (one question), median answer chars 1,091 → 1,092 (A 1,107 → 1,111, B 1,064), 91.9%
    /// declined unchanged (A 94.8%, B 88.9%); the ranking alone: 90.7% (A 91.1%, B 90.3%). Floor raised to 91.5%.
    /// With a first hit whose text the manual lost no longer leading when its own heading names no question word the next
    /// relevant hit with text lacks (SopAnswerer.TextFirst; a whole ask picks its section from the hits with text): 91.7%
    /// fact in answer (half A 92.1 → 92.3%, half B 91.2% unchanged), lists A 94.2 → 94.8% (B 95.6% unchanged, no other
    /// kind moved), fact in top-3 92.5% unchanged, hit@1 81.4% (A 81.1 → 81.2%), median answer chars 1,092 → 1,094 (A
    /// 1,111, B 1,064 unchanged), 91.9% declined unchanged (A 94.8%, B 88.9%); the floors stay. Rejected in the same
    /// round, measured before the alternate questions landed (from 89.5%: A 90.2%, B 88.8%, hit@1 77.6%, median 1,091):
    /// the quoted passage whose best sentence holds most of the question leading (fact in answer unchanged, but hit@1
    /// 77.6 → 72.6%: the lead moved off the fact's passage more often than onto it; only when it holds a question word
    /// the first lacks, 77.6 → 76.1%); a further passage from another section quoted only when it holds a question word
    /// the ones before it lack (86.4%: A 86.6%, B 86.3%, median 1,091 → 819); the passage nearest in meaning following
    /// only when it holds such a word (88.7%: A 89.6%, B 87.7%).
    /// Lowered when set 10 joined the tuning set (1,987 questions, 649 out of scope), on the same code: 91.0% fact in
    /// answer (half A 91.9%, half B 90.1%), fact in top-3 92.0% (A 92.4%, B 91.6%), hit@1 80.6%, situations 79.1% (A
    /// 81.1%, B 77.1%), median answer chars 1,091, 91.1% declined (A 93.8%, B 88.3%). Floors 90.5% and 91.0%.
    /// Raised with three whole-ask changes, each kept on its own: a section answered whole cites its subsections' headings
    /// above their items, as the answer shows them (SectionAnswer.Cite; fact in top-3 A 92.4 → 92.6%, B 91.6 → 91.7%,
    /// answers unchanged); a number before the words it counts names a heading only where it stands before them there too
    /// ("the 4 core theories" names "The 4 Core Theories", not "Core Theory 4"; A 91.9 → 92.0%, B 90.1 → 90.2%); of hits
    /// whose headings name a whole ask equally, the best-scored gives the section, not the one moved first to lead a
    /// single-fact answer (A 92.0 → 92.1%, B 90.2% unchanged). Together: 91.1% fact in answer (half A 91.9 → 92.1%, half B
    /// 90.1 → 90.2%), fact in top-3 92.0 → 92.1% (A 92.4 → 92.6%, B 91.6 → 91.7%), hit@1 80.6 → 82.0%, lists A 94.9 → 96.0%
    /// (B 95.0 → 95.6%; top-3 A 95.5 → 96.6%, B 98.3 → 98.9%), no other kind moved, median answer chars 1,091 unchanged (A
    /// 1,102 → 1,103, B 1,066), 91.1% declined unchanged (A 93.8%, B 88.3%). Floor raised to 91.0%.
    /// Raised after a "how do I / where do I <verb> <thing>" question whose verb (in at least two passages) and a word of
    /// whose thing are both the manual's, as typed, glossary forms counting, yet which no passage of the manual holds
    /// together, with its context as coverage reads it, is declined (AskedAction.IsDoneTogether; "how do I confirm my
    /// shift"); verbs asking where a thing is, what it says or how it is dealt with ("find", "word", "fill", "handle")
    /// are answered by any passage about it: 91.7% declined (half A 93.8 → 94.2%, half B 88.3 → 89.2%), 91.1% fact in
    /// answer (A 92.1%, B 90.2%), 92.1% fact in top-3, median answer chars 1,091 and every kind row unchanged. Looking
    /// in the best 3 hits only, as the decline decision's other checks do, declined more of half A's (95.1%) but cost
    /// two of its questions ("count" is told of tickets in a passage the question's other words do not find) and two
    /// of half B's; with a verb the manual uses once counting, half B lost a fact question, and with the action read in
    /// the question as corrected, a typo question; with the thing's last word alone, "keep a cleaner accountable" was
    /// declined.
    /// </summary>
    private const double TuningFactInAnswerFloor = 0.91;
    private const double TuningDeclinedFloor = 0.915;

    /// <summary>
    /// Set 7 (eval-csr-heldout-7.tsv, 194 questions, eval-csr-out-of-scope-7.txt, 56) was held out the same way: 87.1% /
    /// 89.7% / 85.7% untuned, 87.6% / 89.2% / 89.3% after a session's tuning on the other sets; it joined the tuning set
    /// when set 8 was committed, as sets 3 to 6 had before it.
    /// Held-out set 8's floors: measured once, untuned, on the eighth held-out set (eval-csr-heldout-8.tsv, 207 questions,
    /// and eval-csr-out-of-scope-8.txt, 60 questions, about half in the manual's vocabulary), written 2026-11-29 from the
    /// SOP manual only, its situations told in the CSR's everyday words rather than the manual's, and committed before
    /// the next round of tuning: 77.3% fact in answer, 82.1% fact in top-3, 88.3% declined (situations 54.2%, lists
    /// 81.4%, typos 91.7%, numbers 79.2%), rounded down to 0.5 pp. Set 7 measured 87.6% / 89.2% / 89.3% on the same code.
    /// Measured once more at the end of that session's tuning on the other sets (a how-to with no word in the manual
    /// declined, a whole ask led by a deeper hit naming it better, "whos" / "ago" as stop words; tuning 90.2 → 90.5% fact
    /// in answer, 92.2 → 94.0% declined): 76.8% fact in answer and 81.6% in top-3 (one typo question fewer: typos 91.7 →
    /// 87.5%), 88.3% declined unchanged; floors moved down to those, rounded down. Which change cost the question was not
    /// looked for: finding it would mean reading the held-out set. Set 8 joined the tuning set when set 9 was committed.
    /// Held-out set 9's floors: measured once, untuned, on the ninth held-out set (eval-csr-heldout-9.tsv, 228 questions,
    /// and eval-csr-out-of-scope-9.txt, 70 questions, about two thirds in the manual's vocabulary), written 2026-11-29 from
    /// the SOP manual only by a writer who saw neither the code nor the other sets, and committed before the next round of
    /// tuning: 84.6% fact in answer, 84.2% fact in top-3, 81.4% declined (situations 70.3%, lists 92.9%, typos 85.2%,
    /// numbers 90.0%, facts 90.8%), rounded down to 0.5 pp. Measured once more at the end of that session's tuning on the
    /// other sets (tuning 88.6 → 90.2% fact in answer, declined 93.3% unchanged): 85.1% fact in answer (lists 92.9 →
    /// 95.2%, no other kind moved), 84.2% fact in top-3 and 81.4% declined unchanged; the fact-in-answer floor raised to
    /// that, rounded down. Set 9 joined the tuning set when set 10 was committed.
    /// Held-out set 10's floors: measured once, untuned, on the tenth held-out set (eval-csr-heldout-10.tsv, 232
    /// questions, and eval-csr-out-of-scope-10.txt, 71 questions), written 2026-11-29 from the SOP manual only by a writer
    /// who saw neither the code nor the other sets, and committed before the next round of tuning: 83.2% fact in answer,
    /// 84.9% fact in top-3, 83.1% declined (situations 70.6%, lists 90.9%, typos 85.7%, numbers 89.7%, facts 87.3%),
    /// rounded down to 0.5 pp. Set 9 measured 85.1% / 84.2% / 81.4% on the same code.
    /// Measured once more at the end of that session's tuning on the other sets (the sections' alternate questions in
    /// the fusion and as words explained, a lost-text passage no longer leading; tuning 89.5 → 91.7% fact in answer,
    /// 90.1 → 92.5% in top-3, declined 91.9% unchanged): 85.3% fact in answer, 87.9% fact in top-3, 84.5% declined
    /// (typos 85.7 → 92.9%, facts 87.3 → 90.5%, lists 90.9 → 93.2%; situations 70.6% and numbers 89.7% unchanged);
    /// the floors raised to those, rounded down. Set 10 joined the tuning set when set 11 was committed.
    /// Held-out set 11's floors: measured once, untuned, on the eleventh held-out set (eval-csr-heldout-11.tsv, 227
    /// questions, and eval-csr-out-of-scope-11.txt, 68 questions, at least two thirds in the manual's vocabulary), written
    /// 2026-11-29 from the SOP manual only by a writer who saw neither the code nor the other sets, and committed before
    /// the next round of tuning: 84.1% fact in answer, 87.2% fact in top-3, 80.9% declined (situations 73.2%, lists
    /// 88.2%, typos 93.8%, numbers 86.8%, facts 88.6%), rounded down to 0.5 pp. Set 10 measured 85.3% / 87.9% / 84.5% on
    /// the same code. Measured once more at the end of that session's tuning on the other sets (three whole-ask rules:
    /// a section answered whole cites its subsections' headings, a number before the words it counts names a heading
    /// only where it stands before them there too, and of headings naming a whole ask equally the best-scored hit's
    /// section; tuning 91.0 → 91.1% fact in answer, lists 95.0 → 95.8%, declined 91.1% unchanged): 84.6% fact in answer
    /// (lists 88.2 → 90.2%, no other kind moved), 87.2% fact in top-3 and 80.9% declined unchanged; the fact-in-answer
    /// floor raised to that, rounded down. Measured once more after the how-to rule (a "how do I <verb> <thing>" whose
    /// verb and thing no passage holds together declined; tuning declined 91.1 → 91.7%, in scope unchanged): 82.4%
    /// declined (one question more), 84.6% fact in answer and 87.2% in top-3 unchanged; the declined floor raised to
    /// that, rounded down.
    /// </summary>
    private static HeldOutFloors FloorsOf(int set) => set switch
    {
        11 => new(FactInAnswer: 0.845, FactInTop3: 0.87, Declined: 0.82),
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "No such held-out set."),
    };

    private const string TableHeader = "| set | kind | questions | hit@1 | fact in top-3 citations | MRR | fact in answer | median answer chars |\n|---|---|---|---|---|---|---|---|";

    [Fact]
    public async Task Eval_TuningSet_MeetsFloors()
    {
        var (knowledge, answerer) = SopFixture.Manual();
        using var _ = knowledge;
        var tuning = await EvalRun.RunAsync("tuning", EvalCase.Tuning(), answerer);
        var outOfScope = EvalCase.OutOfScopeTuning();
        var (declinedA, leaksA) = await DeclinedAsync("tuning A", [.. outOfScope.Where((_, i) => i % 2 == 0)], answerer);
        var (declinedB, _) = await DeclinedAsync("tuning B", [.. outOfScope.Where((_, i) => i % 2 == 1)], answerer);
        var declined = (declinedA * ((outOfScope.Count + 1) / 2) + declinedB * (outOfScope.Count / 2)) / outOfScope.Count;
        var figures = Table(tuning.Rows("tuning"), "tuning", outOfScope.Count, declined);
        output.WriteLine(figures + Halves(tuning, declinedA, declinedB) + "Half A misses (half B's stay hidden):\n" + tuning.Half(0).Misses + leaksA);

        Assert.True(tuning.InAnswerRate() >= TuningFactInAnswerFloor, $"Tuning fact in answer below {TuningFactInAnswerFloor:P1}\n{figures}");
        Assert.True(declined >= TuningDeclinedFloor, $"Tuning out of scope declined below {TuningDeclinedFloor:P1}\n{figures}");
    }

    [Theory]
    [InlineData(11)]
    public async Task Eval_HeldOutSet_MeetsFloors(int set)
    {
        var (knowledge, answerer) = SopFixture.Manual();
        using var _ = knowledge;
        var heldOut = await EvalRun.RunAsync("held-out", EvalCase.HeldOut(set), answerer);
        var outOfScope = EvalCase.OutOfScopeHeldOut(set);
        var (declined, leaks) = await DeclinedAsync("held-out", outOfScope, answerer);
        var name = $"held out {set}";
        var figures = Table(heldOut.Rows(name), name, outOfScope.Count, declined);
        var show = Environment.GetEnvironmentVariable(ShowHeldOutVariable) == "1";
        output.WriteLine(figures + (show ? heldOut.Misses + leaks : $"(held-out questions hidden; set {ShowHeldOutVariable}=1 to see misses)"));

        var floors = FloorsOf(set);
        Assert.True(heldOut.Count >= 100 && outOfScope.Count >= 25, "The held-out set is too small.");
        Assert.True(heldOut.InAnswerRate() >= floors.FactInAnswer, $"Held-out fact in answer below {floors.FactInAnswer:P1}\n{figures}");
        Assert.True(heldOut.Hit3Rate() >= floors.FactInTop3, $"Held-out fact in top-3 below {floors.FactInTop3:P1}\n{figures}");
        Assert.True(declined >= floors.Declined, $"Held-out out of scope declined below {floors.Declined:P1}\n{figures}");
    }

    /// <summary>
    /// The tuning set in two halves (every other question, in and out of scope): a change is made looking at half A's
    /// misses only and kept when half B does not get worse, so a gain that only fits the questions looked at shows.
    /// </summary>
    private static string Halves(EvalRun tuning, double declinedA, double declinedB) =>
        string.Join('\n', [TableHeader, .. tuning.Half(0).Rows("tuning A"), .. tuning.Half(1).Rows("tuning B"), ""])
        + string.Create(CultureInfo.InvariantCulture, $"\nout of scope declined: A {declinedA:P1}, B {declinedB:P1}\n\n");

    /// <summary>Figures only, never questions: safe in assertion messages.</summary>
    private static string Table(IEnumerable<string> rows, string set, int outOfScope, double declined) =>
        new StringBuilder()
            .AppendLine(TableHeader)
            .AppendJoin('\n', rows).AppendLine().AppendLine()
            .AppendLine("| out of scope | questions | declined |")
            .AppendLine("|---|---|---|")
            .AppendLine(CultureInfo.InvariantCulture, $"| {set} | {outOfScope} | {declined:P1} |")
            .ToString();

    private static async Task<(double Declined, string Leaks)> DeclinedAsync(string name, IReadOnlyList<string> questions, SopAnswerer answerer)
    {
        var leaks = new StringBuilder();
        var declined = 0;
        foreach (var question in questions)
        {
            var answer = await answerer.AnswerAsync(question, CancellationToken.None);
            if (answer.Covered)
            {
                leaks.AppendLine(CultureInfo.InvariantCulture, $"  NOT DECLINED {name} \"{question}\" → {answer.Citations.FirstOrDefault()?.Section}");
            }
            else
            {
                declined++;
            }
        }
        return ((double)declined / questions.Count, leaks.ToString());
    }

    private sealed record HeldOutFloors(double FactInAnswer, double FactInTop3, double Declined);
}
