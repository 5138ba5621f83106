namespace OneJanitorial.Bot.Channels.Teams.Cards;

/// <summary>Walks a card's element tree: channels (console, Slack) and the dialog engine read cards through it.</summary>
public static class CardTree
{
    /// <summary>Every element of the card body in reading order, including those inside containers and columns.</summary>
    public static IEnumerable<CardElement> Elements(AdaptiveCard card) => Flatten(card.Body);

    /// <summary>
    /// The buttons a user can press on this card: ActionSets in the body, then the card's own actions.
    /// Actions inside a ShowCard's card belong to that card and are not included.
    /// </summary>
    public static IEnumerable<CardAction> Actions(AdaptiveCard card) =>
        Elements(card).OfType<ActionSet>().SelectMany(s => s.Actions).Concat(card.Actions ?? []);

    /// <summary>Inputs of the card body in reading order.</summary>
    public static IEnumerable<CardInput> Inputs(AdaptiveCard card) => Elements(card).OfType<CardInput>();

    private static IEnumerable<CardElement> Flatten(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            yield return element;
            var children = element switch
            {
                Container c => c.Items,
                ColumnSet s => s.Columns.SelectMany(c => c.Items),
                _ => [],
            };
            foreach (var child in Flatten(children))
            {
                yield return child;
            }
        }
    }
}
