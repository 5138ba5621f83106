namespace OneJanitorial.Bot.Tests.Cards;

public sealed class CardRulesTests
{
    private const string Good = """{"type":"AdaptiveCard","version":"1.2","body":[{"type":"TextBlock","text":"Hi"}],"actions":[{"type":"Action.Submit","title":"Go","data":{"verb":"go"}}]}""";

    [Fact]
    public void Check_GoodCard_HasNoErrors()
    {
        Assert.Empty(CardRules.Check("intake.step1", Good));
    }

    [Theory]
    [InlineData("welcome", """{"type":"AdaptiveCard","body":[]}""", "does not declare a version")]
    [InlineData("intake.step1", """{"type":"AdaptiveCard","version":"1.5","body":[]}""", "must be 1.2")]
    [InlineData("triage.list", """{"type":"AdaptiveCard","version":"1.4","body":[]}""", "must be 1.2")]
    [InlineData("welcome", """{"type":"AdaptiveCard","version":"1.2","body":[{"type":"Container","items":[{"type":"TextBlock","text":" "}]}]}""", "TextBlock at $.body[0].items[0] has no text")]
    [InlineData("welcome", """{"type":"AdaptiveCard","version":"1.2","body":[],"actions":[{"type":"Action.Submit","title":"Go","data":"go"}]}""", "data must be an object")]
    [InlineData("welcome", """{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.Execute","title":"Go","verb":"go","data":{}}]}""", "needs an Action.Submit fallback")]
    [InlineData("welcome", """{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.Execute","title":"Go","verb":"go","data":{},"fallback":"drop"}]}""", "needs an Action.Submit fallback")]
    [InlineData("welcome", """{"type":"AdaptiveCard","version":"1.2","body":[{"type":"ActionSet","actions":[{"type":"Action.Submit","title":"Go","style":"Positive","data":{}}]}]}""", "no style positive/destructive")]
    public void Check_BrokenCard_NamesTheProblem(string name, string json, string expected)
    {
        var errors = CardRules.Check(name, json);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CardOverSizeLimit_IsRejected()
    {
        var json = Good.Replace("\"Hi\"", "\"" + new string('x', CardRules.MaxCardBytes) + "\"", StringComparison.Ordinal);

        Assert.Contains(CardRules.Check("welcome", json), e => e.StartsWith("serialized size", StringComparison.Ordinal));
    }
}
