using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Surveys;

/// <summary>Every button verb of the survey call (<see cref="SurveyDialog"/>).</summary>
public static class SurveyVerbs
{
    public static readonly Verb Log = new("survey.log");
}
