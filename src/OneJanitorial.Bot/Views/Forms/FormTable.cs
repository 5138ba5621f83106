namespace OneJanitorial.Bot.Views.Forms;

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

    /// <summary>The entered texts that <paramref name="record"/> does not show as entered (<see cref="FormSpec{T}.Shows"/>), by input id.</summary>
    public static Dictionary<string, string> Unshown<T>(this IEnumerable<FormSpec<T>> fields, T record, IReadOnlyDictionary<string, string> texts)
    {
        var unshown = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (texts.TryGetValue(field.Id, out var text) && !field.Shows(record, text))
            {
                unshown[field.Id] = text;
            }
        }
        return unshown;
    }

    /// <summary><paramref name="record"/> with each input that shows nothing, and has no <paramref name="entered"/> text, taking what it shows in <paramref name="defaults"/>.</summary>
    public static T Fill<T>(this IEnumerable<FormSpec<T>> fields, T record, T defaults, Func<string, bool> entered)
    {
        var blank = fields.Where(f => f.Get(record) is null && !entered(f.Id)).ToList();
        return blank.Read(new FormReader(blank.Values(defaults)), record);
    }
}
