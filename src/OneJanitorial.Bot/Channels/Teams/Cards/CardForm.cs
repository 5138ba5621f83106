namespace OneJanitorial.Bot.Channels.Teams.Cards;

/// <summary>
/// Form fields that render on Adaptive Cards 1.2 (Teams mobile): the official parser rejects the 1.3 input
/// properties <c>label</c>, <c>isRequired</c> and <c>errorMessage</c> on a 1.2 card, so the label is a TextBlock
/// (id "{inputId}-label") and the server's validation error follows the input.
/// </summary>
public static class CardForm
{
    public static string LabelIdFor(string inputId) => inputId + "-label";

    /// <summary>Label (when there is one), input and (when <paramref name="error"/> is set) the error text, in that order.</summary>
    public static IEnumerable<CardElement> Field(string? label, CardInput input, bool required = false, string? error = null)
    {
        var id = input.Id ?? throw new ArgumentException("A form input needs an id.", nameof(input));
        if (label is not null)
        {
            yield return new TextBlock(CardText.Escape(label) + (required ? " *" : "")) { Id = LabelIdFor(id), Weight = "Bolder", Spacing = "Medium" };
        }
        yield return input;
        if (error is not null)
        {
            yield return new TextBlock(CardText.Escape(error)) { Color = "Attention", Size = "Small", Spacing = "None" };
        }
    }
}
