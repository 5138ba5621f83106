namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>A form's inputs in card order: rendered, read and pre-filled from the same declarations.</summary>
public static class FormTable
{
    public static IEnumerable<Views.Block> Render<T>(this IEnumerable<FormSpec<T>> fields, CardFields entered) =>
        fields.SelectMany(f => f.Render(entered));

    /// <summary><paramref name="record"/> with every input's entered value; the reader collects what cannot be read.</summary>
    public static T Read<T>(this IEnumerable<FormSpec<T>> fields, FormReader form, T record) =>
        fields.Aggregate(record, (current, field) => field.Set(current, form, field.Id));

    /// <summary>The values the inputs show for <paramref name="record"/> (inputs with nothing to show are left out).</summary>
    public static Dictionary<string, string> Values<T>(this IEnumerable<FormSpec<T>> fields, T record)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.Get(record) is { } value)
            {
                values[field.Id] = value;
            }
        }
        return values;
    }
}
