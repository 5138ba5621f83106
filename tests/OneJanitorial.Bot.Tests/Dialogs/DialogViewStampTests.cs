using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Dialogs;

public sealed class DialogViewStampTests
{
    [Fact]
    public void Apply_NestedButtons_AreStampedOnACopy()
    {
        var shared = new VerbAction("In body", new("go")) { Payload = Payload.Of(("ticket", "4")) };
        var view = new View("v")
        {
            Blocks = [new Section([new Buttons([shared])]), new Detail("d", [new Buttons([new VerbAction("Inner", new("inner"))])])],
            Actions = [new VerbAction("Refresh", new("refresh")), new RevealAction("More", "d")],
        };

        var stamped = DialogViewStamp.Apply(view, "s1:4");

        var verbs = ViewTree.Actions(stamped).OfType<VerbAction>().ToList();
        Assert.Equal(3, verbs.Count);
        Assert.All(verbs, v => Assert.Equal("s1:4", v.Payload[DialogActions.StepKey]));
        Assert.False(shared.Payload.ContainsKey(DialogActions.StepKey));
        Assert.Equal("4", verbs[0].Payload["ticket"]);
    }
}
