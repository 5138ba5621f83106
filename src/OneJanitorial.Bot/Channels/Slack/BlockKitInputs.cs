using System.Globalization;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>Form fields as Block Kit input blocks (modals): block_id and action_id are the field's id.</summary>
internal static class BlockKitInputs
{

    public static IEnumerable<JsonNode> Input(FormField field)
    {
        var input = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = field.Id,
            ["label"] = BlockKitRenderer.Plain(BlockKitRenderer.Cut(field.Label ?? field.Statement ?? field.Id, 2000)),
            ["optional"] = !field.Required,
            ["element"] = Element(field),
        };
        if (field.Hint is { } hint)
        {
            input["hint"] = BlockKitRenderer.Plain(BlockKitRenderer.Cut(hint, 2000));
        }
        yield return input;
        if (field.Error is { } error)
        {
            yield return BlockKitRenderer.Context(":warning: " + SlackText.Escape(error));
        }
    }

    /// <summary>The value as the user reads it (a choice's title, "not set" when empty).</summary>
    public static string Shown(FormField field) =>
        string.IsNullOrWhiteSpace(field.Value) ? "not set"
        : Options(field).FirstOrDefault(o => o.Value == field.Value)?.Title ?? field.Value;

    private static JsonObject Element(FormField field)
    {
        var element = field.Kind switch
        {
            FieldKind.Date => Initial(new JsonObject { ["type"] = "datepicker" }, "initial_date", field.Value),
            FieldKind.Time => Initial(new JsonObject { ["type"] = "timepicker" }, "initial_time", field.Value),
            FieldKind.Number or FieldKind.Money => Number(field),
            FieldKind.Choice or FieldKind.YesNo => Select(field),
            FieldKind.Check => Check(field),
            _ => Text(field),
        };
        element["action_id"] = field.Id;
        return element;
    }

    private static JsonObject Text(FormField field)
    {
        var element = Initial(new JsonObject { ["type"] = "plain_text_input", ["multiline"] = field.Kind == FieldKind.Multiline }, "initial_value", field.Value);
        if (field.MaxLength is { } max)
        {
            element["max_length"] = Math.Min(max, 3000);
        }
        return element;
    }

    private static JsonObject Number(FormField field)
    {
        var element = Initial(new JsonObject { ["type"] = "number_input", ["is_decimal_allowed"] = field.Kind == FieldKind.Money }, "initial_value", field.Value);
        if (field.Min is { } min)
        {
            element["min_value"] = min.ToString(CultureInfo.InvariantCulture);
        }
        if (field.Max is { } max)
        {
            element["max_value"] = max.ToString(CultureInfo.InvariantCulture);
        }
        return element;
    }

    private static JsonObject Select(FormField field)
    {
        var options = Options(field).Take(BlockKitRenderer.MaxOptions).Select(Option).ToList();
        var element = new JsonObject { ["type"] = "static_select", ["options"] = new JsonArray([.. options.Select(o => (JsonNode)o.DeepClone())]) };
        var initial = Options(field).Take(BlockKitRenderer.MaxOptions).Select((o, i) => (o, i)).FirstOrDefault(x => x.o.Value == field.Value);
        if (initial.o is not null)
        {
            element["initial_option"] = options[initial.i].DeepClone();
        }
        return element;
    }

    private static JsonObject Check(FormField field)
    {
        var option = Option(new Option(field.Statement ?? field.Label ?? field.Id, "true"));
        var element = new JsonObject { ["type"] = "checkboxes", ["options"] = new JsonArray(option) };
        if (field.Value == "true")
        {
            element["initial_options"] = new JsonArray(option.DeepClone());
        }
        return element;
    }

    private static IReadOnlyList<Option> Options(FormField field) => field.Choices;

    private static JsonObject Option(Option option) => new()
    {
        ["text"] = BlockKitRenderer.Plain(BlockKitRenderer.Cut(option.Title, BlockKitRenderer.MaxOptionText)),
        ["value"] = BlockKitRenderer.Cut(option.Value, BlockKitRenderer.MaxOptionValue),
    };

    private static JsonObject Initial(JsonObject element, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            element[key] = value;
        }
        return element;
    }
}
