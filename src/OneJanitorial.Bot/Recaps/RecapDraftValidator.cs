using System.Text.RegularExpressions;
using System.Text.Json;
using OneJanitorial.Bot.Llm;

namespace OneJanitorial.Bot.Recaps;

/// <summary>A model draft after validation: sections when it passed, otherwise the reasons it failed.</summary>
public sealed record RecapDraftCheck(RecapSections? Sections, IReadOnlyList<string> Problems)
{
    public bool IsValid => Sections is not null && Problems.Count == 0;
}

/// <summary>
/// Checks a model's JSON draft before anyone sees it: the four sections exactly, in order, non-empty; every
/// required fact present; nothing stated that the ticket does not say (see <see cref="RecapFactChecker"/>).
/// </summary>
public static partial class RecapDraftValidator
{
    public static RecapDraftCheck Validate(string json, RecapFactSheet sheet, string instructions)
    {
        var (sections, problems) = ParseStructure(json);
        if (sections is null)
        {
            return new RecapDraftCheck(null, problems);
        }
        problems.AddRange(RecapFactChecker.MissingFacts(sections, sheet));
        problems.AddRange(RecapFactChecker.InventedFacts(sections, sheet, instructions));
        return new RecapDraftCheck(problems.Count == 0 ? sections : null, problems);
    }

    private static (RecapSections? Sections, List<string> Problems) ParseStructure(string json)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(ModelReply.WithoutCodeFence(json));
        }
        catch (JsonException)
        {
            return (null, ["The answer is not valid JSON."]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, ["The answer is not a JSON object."]);
            }
            var properties = document.RootElement.EnumerateObject().ToList();
            var names = properties.Select(p => p.Name).ToList();
            var expected = RecapHeadings.JsonNames;
            problems.AddRange(expected.Except(names).Select(n => $"Section \"{n}\" is missing."));
            problems.AddRange(names.Except(expected).Select(n => $"\"{n}\" is not one of the four sections."));
            if (problems.Count == 0 && !names.SequenceEqual(expected))
            {
                problems.Add($"The sections must come in the order {string.Join(", ", expected)}.");
            }
            foreach (var property in properties.Where(p => expected.Contains(p.Name)))
            {
                problems.AddRange(SectionProblems(property));
            }
            return problems.Count > 0 ? (null, problems) : (ToSections(properties), problems);
        }
    }

    private static IEnumerable<string> SectionProblems(JsonProperty property)
    {
        if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
        {
            yield return $"Section \"{property.Name}\" is empty or not text.";
            yield break;
        }
        var heading = property.Value.GetString()!.Split('\n')
            .Select(l => l.Trim().Trim('#', '*', ':', ' '))
            .FirstOrDefault(l => RecapHeadings.All.Contains(l, StringComparer.OrdinalIgnoreCase));
        if (heading is not null)
        {
            yield return $"Section \"{property.Name}\" contains the heading \"{heading}\"; headings are added around the sections.";
        }
        if (GreetingOrSignOff().Match(property.Value.GetString()!) is { Success: true } extra)
        {
            yield return $"Section \"{property.Name}\" contains a greeting or sign-off (\"{extra.Value.Trim()}\"); those are added around the sections.";
        }
    }

    private static RecapSections ToSections(List<JsonProperty> properties) => new(
        properties[0].Value.GetString()!.Trim(),
        properties[1].Value.GetString()!.Trim(),
        properties[2].Value.GetString()!.Trim(),
        properties[3].Value.GetString()!.Trim());

    [GeneratedRegex(@"^\s*(hi|hello|dear)\b[^\n]*|\b(reply\s+\W?agreed|best regards|kind regards|sincerely)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GreetingOrSignOff();
}
