using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Views.Forms.FormSpecs;

namespace OneJanitorial.Bot.Surveys;

/// <summary>The survey call card's inputs, declared once: the card renders from them and a submit is read through them.</summary>
public static class SurveyForm
{
    public const string Client = "client";
    public const string Building = "building";
    public const string Rating = "surveyRating";
    public const string Notes = "surveyNotes";

    public static readonly IReadOnlyList<FormSpec<SurveyCall>> Fields =
    [
        Text<SurveyCall>(Client, "Client (company)", c => Blank(c.Company), (c, v) => c with { Company = v ?? "" }) with { Required = true },
        Text<SurveyCall>(Building, "Building", c => Blank(c.Building), (c, v) => c with { Building = v ?? "" }) with { Required = true },
        Whole<SurveyCall>(Rating, "Rating (1–10)", "The rating", 1, c => c.Rating > 0 ? c.Rating : null, (c, v) => c with { Rating = v ?? 0 }) with { Required = true },
        Text<SurveyCall>(Notes, "Notes (what the client said)", c => c.Notes, (c, v) => c with { Notes = v }, multiline: true),
    ];

    /// <summary>The call as entered, with a message at each input that is missing or cannot be read.</summary>
    public static (SurveyCall Call, IReadOnlyDictionary<string, string> Errors) Read(IReadOnlyDictionary<string, string> texts)
    {
        var form = new FormReader(texts);
        var call = Fields.Read(form, SurveyCall.Empty);
        form.Required(Client, "The client");
        form.Required(Building, "The building");
        if (call.Rating == 0)
        {
            form.Fail(Rating, "The rating is required: a whole number from 1 to 10.");
        }
        return (call, form.Errors);
    }

    /// <summary>The inputs as the CSR left them, each with its message.</summary>
    public static IEnumerable<Block> Render(SurveyState state) => Fields.Render(new CardFields(state.Values, state.Errors));

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
