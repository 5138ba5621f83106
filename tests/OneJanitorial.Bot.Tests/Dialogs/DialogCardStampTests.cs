using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Dialogs;

namespace OneJanitorial.Bot.Tests.Dialogs;

public sealed class DialogCardStampTests
{
    [Fact]
    public void Apply_NestedButtons_AreStampedOnACopy()
    {
        var shared = CardData.For("go");
        var card = new AdaptiveCard
        {
            Body = [new Container([new ActionSet([new SubmitAction("In body", shared)])])],
            Actions =
            [
                new ExecuteAction("Refresh", "refresh", CardData.For("refresh"), new SubmitAction("Refresh", CardData.For("refresh"))),
                new ShowCardAction("More", new AdaptiveCard { Actions = [new SubmitAction("Inner", CardData.For("inner"))] }),
            ],
        };

        var stamped = DialogCardStamp.Apply(card, "s1:4");

        var data = CardTree.Actions(stamped).SelectMany(Data).ToList();
        Assert.Equal(4, data.Count);
        Assert.All(data, d => Assert.Equal("s1:4", d[DialogActions.StepKey]!.GetValue<string>()));
        Assert.Null(shared[DialogActions.StepKey]);
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Data(CardAction action) => action switch
    {
        SubmitAction s => [s.Data],
        ExecuteAction e => [e.Data, .. Data(e.Fallback)],
        ShowCardAction s => CardTree.Actions(s.Card).SelectMany(Data),
        _ => [],
    };
}
