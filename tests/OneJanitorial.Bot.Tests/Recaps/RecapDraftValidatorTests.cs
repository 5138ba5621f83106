using System.Text.Json.Nodes;
using OneJanitorial.Bot.Recaps;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class RecapDraftValidatorTests
{
    private static readonly RecapFactSheet Sheet = RecapFactSheet.Create(RecapSamples.R1(), RecapSamples.Prompts);
    private static readonly string Instructions = RecapSamples.Prompts.Render("recap.system.v1", new Dictionary<string, string>());

    private static RecapDraftCheck Validate(JsonObject draft) => RecapDraftValidator.Validate(draft.ToJsonString(), Sheet, Instructions);

    [Fact]
    public void Validate_DraftStatingOnlyTicketFacts_Passes()
    {
        var check = Validate(RecapSamples.ValidDraft());

        Assert.Empty(check.Problems);
        Assert.StartsWith("- Trash in the break room", check.Sections!.Issue);
    }

    [Theory]
    [InlineData("- Follow-up call: 3/11 at 10 am EDT, when I will review the photos with you.")]
    [InlineData("- Follow-up call: March 11 at 10:00 a.m. (America/New_York).")]
    public void Validate_FollowUpWrittenDifferently_Passes(string followUp)
    {
        var plan = RecapSamples.ValidDraft()["actionPlan"]!.GetValue<string>().Split('\n')[..^1].Append(followUp);

        var check = Validate(RecapSamples.ValidDraft().With("actionPlan", string.Join('\n', plan)));

        Assert.Empty(check.Problems);
    }

    [Theory]
    [InlineData("actionPlan", "- WHO: Maria Lopez.\n- By WHEN: Thursday, March 12, 2026.", "the date \"March 12, 2026\" is not in the ticket")]
    [InlineData("actionPlan", "- WHO: Maria Lopez.\n- Send 8 photos of each area.", "the number 8 is not in the ticket")]
    [InlineData("actionPlan", "- WHO: Maria Lopez, with help from Jose Ramirez.", "the name \"Jose\" is not in the ticket")]
    [InlineData("actionPlan", "- WHO: Maria Lopez, tomorrow.", "\"tomorrow\" is not in the ticket")]
    [InlineData("checklist", "- Empty all trash bins and replace liners\n- Clean mirrors streak-free\nSee https://evil.example/list", "\"https://evil.example/list\" is not in the ticket")]
    [InlineData("issue", "- Trash not emptied, reported Friday.", "\"Friday\" is not the weekday of any date in the ticket")]
    public void Validate_InventedFact_FailsNamingIt(string section, string text, string expected)
    {
        var check = Validate(RecapSamples.ValidDraft().With(section, text));

        Assert.False(check.IsValid);
        Assert.Contains(check.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingRequiredFacts_ListsEach()
    {
        var draft = RecapSamples.ValidDraft()
            .With("actionPlan", "- Fix it on the next clean.")
            .With("threeStrikePolicy", "Please do better.");

        var problems = Validate(draft).Problems;

        Assert.Contains(problems, p => p.Contains("who fixes it (Maria)"));
        Assert.Contains(problems, p => p.Contains("next clean date"));
        Assert.Contains(problems, p => p.Contains("5 photos"));
        Assert.Contains(problems, p => p.Contains("follow-up call"));
        Assert.Contains(problems, p => p.Contains("the strike (\"2nd\")"));
        Assert.Contains(problems, p => p.Contains("removal"));
    }

    [Fact]
    public void Validate_FollowUpWithoutTimeZone_Fails()
    {
        var draft = RecapSamples.ValidDraft().With("actionPlan",
            RecapSamples.ValidDraft()["actionPlan"]!.GetValue<string>().Replace(" Eastern Daylight Time", "", StringComparison.Ordinal));

        Assert.Contains(Validate(draft).Problems, p => p.Contains("time zone"));
    }

    [Fact]
    public void Validate_HeadingInsideSection_Fails()
    {
        var draft = RecapSamples.ValidDraft().With("issue", "Issue\n- Trash not emptied (Monday, March 9, 2026)");

        Assert.Contains(Validate(draft).Problems, p => p.Contains("contains the heading \"Issue\""));
    }

    [Theory]
    [InlineData("issue", "Hi Maria,\n- Trash not emptied (Monday, March 9, 2026)")]
    [InlineData("threeStrikePolicy", "This is your 2nd issue in 3 months; a 3rd within 3 months means removal. Please reply \"Agreed\" today.")]
    public void Validate_GreetingOrSignOffInSection_Fails(string section, string text) =>
        Assert.Contains(Validate(RecapSamples.ValidDraft().With(section, text)).Problems, p => p.Contains("greeting or sign-off"));

    [Fact]
    public void Validate_DraftInCodeFence_Passes() =>
        Assert.True(RecapDraftValidator.Validate("```json\n" + RecapSamples.ValidDraft().ToJsonString() + "\n```", Sheet, Instructions).IsValid);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Validate_TemplateSectionsAsDraft_Pass(int strike)
    {
        var sheet = RecapFactSheet.Create(RecapSamples.R1(t => t with { StrikeNumber = strike }), RecapSamples.Prompts);
        var sections = RecapComposer.TemplateSections(sheet, RecapSamples.Prompts);
        var draft = new JsonObject
        {
            ["issue"] = sections.Issue,
            ["actionPlan"] = sections.ActionPlan,
            ["checklist"] = sections.Checklist,
            ["threeStrikePolicy"] = sections.ThreeStrikePolicy,
        };

        Assert.Empty(RecapDraftValidator.Validate(draft.ToJsonString(), sheet, Instructions).Problems);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[\"issue\"]")]
    public void Validate_NotAJsonObject_Fails(string answer) =>
        Assert.False(RecapDraftValidator.Validate(answer, Sheet, Instructions).IsValid);
}
