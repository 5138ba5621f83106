using OneJanitorial.Bot.Sop.Answers;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class AskedActionTests
{
    [Theory]
    [InlineData("how do we run background checks on new cleaners", "run", "background checks")]
    [InlineData("where do I put in my hours for the week", "put", "hours")]
    [InlineData("how to order more mops for a crew", "order", "mops")]
    [InlineData("how can I make sure the cleaner sends photos", "make", "cleaner sends photos")]
    public void Find_HowToDoAThing_IsItsVerbAndThing(string question, string verb, string thing)
    {
        var action = Action(question);

        Assert.Equal((verb, thing), action);
    }

    [Theory]
    [InlineData("how do I know if the client is unhappy")]
    [InlineData("how to follow up with a client")]
    [InlineData("what do I do when a cleaner no-shows")]
    public void Find_NoThingActedOn_IsNull(string question) =>
        Assert.Null(AskedAction.Find(question));

    [Theory]
    [InlineData("how do we run background checks on new cleaners", false)]
    [InlineData("how do we pay the cleaner for an extra job", false)]
    [InlineData("how do we run checks on new cleaners", true)]
    [InlineData("how do we run backgrund checks on new cleaners", true)]
    [InlineData("what is a background check", true)]
    public void IsDescribed_EveryWordOfTheActionIsTheManuals(string question, bool expected)
    {
        HashSet<string> manual = ["run", "checks", "cleaner", "extra", "job"];
        HashSet<string> english = ["run", "checks", "cleaner", "extra", "job", "background", "pay"];

        Assert.Equal(expected, AskedAction.IsDescribed(question, manual.Contains, english.Contains));
    }

    [Theory]
    [InlineData("how do I close a ticket", true)]
    [InlineData("how do I close a tix", true)]
    [InlineData("how do I close a cleaner", false)]
    [InlineData("how do I close the ticket note", true)]
    [InlineData("how do I close a vendor", true)]
    [InlineData("how do I pin a cleaner", true)]
    [InlineData("where do I find a cleaner", true)]
    [InlineData("what is a closed cleaner", true)]
    public void IsDoneTogether_SomePassageHoldsTheVerbWithTheThing(string question, bool expected)
    {
        Dictionary<string, string[]> forms = new()
        {
            ["close"] = ["close"], ["find"] = ["find"], ["ticket"] = ["ticket"], ["tix"] = ["ticket"], ["cleaner"] = ["cleaner"], ["note"] = ["note"],
        };
        HashSet<string>[] passages = [["close", "ticket"], ["cleaner", "call"], ["find", "note"]];

        var done = AskedAction.IsDoneTogether(
            question, w => forms.GetValueOrDefault(w, []), w => forms.GetValueOrDefault(w, []), passages.Select(p => (Func<string, bool>)p.Contains));

        Assert.Equal(expected, done);
    }

    [Fact]
    public void IsDoneTogether_VerbOfTooFewPassages_TellsNothing()
    {
        HashSet<string> cleaner = ["cleaner"];

        Assert.True(AskedAction.IsDoneTogether("how do I close a cleaner", _ => [], w => w == "cleaner" ? cleaner : [], [cleaner.Contains]));
    }

    private static (string, string)? Action(string question) =>
        AskedAction.Find(question) is { } a ? (a.Verb, string.Join(' ', a.Thing)) : null;
}
