using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Recaps;

[JsonConverter(typeof(JsonStringEnumConverter<RecapGenerator>))]
public enum RecapGenerator
{
    [JsonStringEnumMemberName("template")]
    Template,

    [JsonStringEnumMemberName("llm")]
    Llm,
}

/// <summary>The four SOP sections, in their fixed order.</summary>
public sealed record RecapSections(string Issue, string ActionPlan, string Checklist, string ThreeStrikePolicy)
{
    public IEnumerable<(string Heading, string Text)> InOrder()
    {
        yield return (RecapHeadings.Issue, Issue);
        yield return (RecapHeadings.ActionPlan, ActionPlan);
        yield return (RecapHeadings.Checklist, Checklist);
        yield return (RecapHeadings.ThreeStrikePolicy, ThreeStrikePolicy);
    }
}

/// <summary>A recap ready to preview and send. <see cref="FallbackReason"/> says why the template replaced the model.</summary>
public sealed record Recap(string To, string Subject, string Body, RecapSections Sections, RecapGenerator Generator)
{
    public string? FallbackReason { get; init; }
}

/// <summary>The SOP's headings; data is extracted from recaps by them, so they never vary.</summary>
public static class RecapHeadings
{
    public const string Issue = "Issue";
    public const string ActionPlan = "Action Plan";
    public const string Checklist = "Checklist";
    public const string ThreeStrikePolicy = "3-Strike Policy";

    public static readonly IReadOnlyList<string> All = [Issue, ActionPlan, Checklist, ThreeStrikePolicy];

    /// <summary>The JSON property names of the sections, in order.</summary>
    public static readonly IReadOnlyList<string> JsonNames = ["issue", "actionPlan", "checklist", "threeStrikePolicy"];
}
