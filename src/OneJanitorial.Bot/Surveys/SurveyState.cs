namespace OneJanitorial.Bot.Surveys;

/// <summary>The survey call card as the CSR left it: the entered texts by input id and the messages for them.</summary>
public sealed record SurveyState(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string>? Errors = null);
