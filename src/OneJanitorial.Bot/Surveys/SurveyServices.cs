using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Surveys;

public static class SurveyServices
{
    /// <summary>Clients and survey calls: the store (<see cref="SurveyMigrations"/>), "survey" in chat and its dialog. Needs <c>AddStorage</c>, <c>AddDialogs</c> and the ticket chat (the intake).</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddMigrations(SurveyMigrations.All);
        services.AddSingleton<SurveyStore>();
        services.AddDialog<SurveyDialog>();
        services.AddSingleton<ChatFeature, SurveyChatFeature>();
        return services;
    }
}
