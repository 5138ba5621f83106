using System.Globalization;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Tickets.Chat;

namespace OneJanitorial.Bot.Surveys;

/// <summary>
/// The intake's inputs pre-filled for a Survey Correction (a rating of 5 or below): the client, its city and zone when
/// imported, concern "Survey Rating" on the day of the call by phone, category survey with the rating, and the call's
/// notes as the Issue. The CSR checks and completes the rest.
/// </summary>
/// <remarks>
/// This file and <see cref="SurveyForm"/> are where survey calls use the ticket chat (its intake, form declarations and
/// actor names); the survey dialog itself names none of its types.
/// </remarks>
public static class SurveyIntake
{
    /// <summary>The intake dialog the Survey Correction opens.</summary>
    public const string DialogId = IntakeDialog.DialogId;

    /// <summary>The rep who logged the call, named as ticket actors and owners are (the chat display name).</summary>
    public static string Rep(Conversation.IncomingTurn turn) => TicketChat.Actor(turn);

    public static JsonObject Options(SurveyCall call, Client? client, DateOnly day)
    {
        var options = new JsonObject
        {
            [IntakeFields.Client] = call.Company,
            [IntakeFields.Building] = call.Building,
            [IntakeFields.Concern] = "Survey Rating",
            [IntakeFields.ServiceDate] = FormSpecs.IsoDate(day),
            [IntakeFields.Source] = "phone",
            [IntakeFields.Category] = "survey",
            [IntakeFields.SurveyRating] = call.Rating.ToString(CultureInfo.InvariantCulture),
        };
        if (client is not null)
        {
            options[IntakeFields.City] = client.City;
            options[IntakeFields.BuildingZone] = client.TimeZone;
        }
        if (call.Notes is { } notes)
        {
            options[IntakeFields.Issue] = "- Survey call: " + notes.ReplaceLineEndings(" ");
        }
        return options;
    }
}
