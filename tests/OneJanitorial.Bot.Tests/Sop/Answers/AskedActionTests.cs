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

    private static (string, string)? Action(string question) =>
        AskedAction.Find(question) is { } a ? (a.Verb, string.Join(' ', a.Thing)) : null;
}
