using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// An input element's value in a <c>state.values</c> entry, as the core reads card inputs: a string (lists
/// comma-joined, checkboxes "true"/"false" for a single option), or null when nothing was entered.
/// </summary>
public static class SlackInputValue
{
    public static string? Of(JsonObject input) => SlackTurnMapper.Str(input, "type") switch
    {
        "plain_text_input" or "email_text_input" or "url_text_input" or "number_input" => SlackTurnMapper.Str(input, "value"),
        "datepicker" => SlackTurnMapper.Str(input, "selected_date"),
        "timepicker" => SlackTurnMapper.Str(input, "selected_time"),
        "static_select" or "radio_buttons" => SlackTurnMapper.Str(input, "selected_option", "value"),
        "multi_static_select" or "checkboxes" => Joined(input["selected_options"]),
        _ => null,
    };

    private static string? Joined(JsonNode? options) =>
        options is JsonArray list ? string.Join(",", list.Select(o => SlackTurnMapper.Str(o, "value")).OfType<string>()) : null;
}
