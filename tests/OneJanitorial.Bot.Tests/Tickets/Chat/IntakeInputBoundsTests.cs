using System.Text;
using OneJanitorial.Bot.Channels.Teams.Cards;
using static OneJanitorial.Bot.Tests.Tickets.Chat.IntakeConversationTests;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>Hostile or mistyped input on the intake cards: refused with a message, never a card that cannot be sent.</summary>
public sealed class IntakeInputBoundsTests : IDisposable
{
    private readonly TicketChatScripts _scripts = new();

    [Theory]
    [InlineData("1e400")]
    [InlineData("1e309")]
    [InlineData("NaN")]
    [InlineData("-1e400")]
    [InlineData("Infinity")]
    public async Task CleanerCard_NonFiniteNumber_MessageAndResumeStillWorks(string number)
    {
        await _scripts.New().ToCleaner()
            .Submit(Cleaner(("priorCleanerIssues", number))).ExpectCard(card =>
            {
                Assert.Contains("Previous issues must be a whole number from 0 to 100.", Texts(card));
                CardJson.Serialize(card);
            })
            .Send("resume").ExpectCard("Cleaner facts")
            .Submit(Cleaner(("priorCleanerIssues", "1"))).ExpectCard("R1 — Walmart — Cleaning Issue — Jane Doe — $100")
            .RunAsync();
    }

    [Fact]
    public async Task CategoryCard_SurveyRatingOverflow_MessageAndResumeStillWorks()
    {
        await _scripts.New()
            .Send("full ticket").ExpectCard("Initial review")
            .Submit(IntakeSteps.Review).ExpectCard("The concern")
            .Submit(IntakeSteps.Concern).ExpectCard("Service issue or client update")
            .Submit(new { category = "survey", surveyRating = "1e309" }).ExpectCard("Survey rating must be a whole number from 1 to 10.")
            .Send("resume").ExpectCard("Service issue or client update")
            .RunAsync();
    }

    [Theory]
    [InlineData("1250,50")]
    [InlineData("1,2,3")]
    [InlineData("-5")]
    public async Task CleanerCard_AmbiguousMoney_RefusedWithTheFormat(string price)
    {
        await _scripts.New().ToCleaner()
            .Submit(Cleaner(("billingPrice", price))).ExpectCard("Billing price must be an amount like 1250.50 or $1,250.50")
            .RunAsync();
    }

    [Fact]
    public async Task CleanerCard_GroupedDollars_Accepted()
    {
        await _scripts.New().ToCleaner()
            .Submit(Cleaner(("billingPrice", "$1,250.50"))).ExpectCard("R1 — Walmart — Cleaning Issue — Jane Doe — $1,250.50")
            .RunAsync();
    }

    [Fact]
    public async Task CleanerCard_ContractStartYearOne_Refused()
    {
        await _scripts.New().ToCleaner()
            .Submit(Cleaner(("contractStart", "0001-01-01"))).ExpectCard("Contract start date must be a date (yyyy-MM-dd) from 1980-01-01 to 2099-12-31.")
            .RunAsync();
    }

    [Fact]
    public async Task ReviewCard_HundredKilobyteClientName_CutWithMessageAndSmallCardAndState()
    {
        await _scripts.New()
            .Send("full ticket").ExpectCard("Initial review")
            .Submit(new { client = new string('x', 100_000), building = "Walmart Store 12", city = "Toronto", timeZone = "America/Toronto" })
            .ExpectCard(card =>
            {
                Assert.Contains("Keep this to 200 characters or fewer (it has 100,000).", Texts(card));
                Assert.Equal(200, Input<TextInput>(card, "client").Value!.Length);
                Assert.Equal(200, Input<TextInput>(card, "client").MaxLength);
                Assert.True(Encoding.UTF8.GetByteCount(CardJson.Serialize(card)) < 40_000);
            })
            .Do(async s => Assert.True((await s.Store.ListAsync("dialogs/", CancellationToken.None)).Sum(i => i.Json.Length) < 40_000))
            .Submit().ExpectCard("The concern")
            .RunAsync();
    }

    [Fact]
    public async Task PlanCard_MarkdownAndBidiInNames_ShownLiterally()
    {
        await _scripts.New()
            .Send("full ticket").ExpectCard("Initial review")
            .Submit(new { client = "Acme [click](https://evil.example) **x**", building = "B \u202Eexe.gpj", city = "Toronto", timeZone = "America/Toronto" })
            .ExpectCard("The concern")
            .Submit(IntakeSteps.Concern).ExpectCard("Service issue or client update")
            .Submit(new { category = "service-issue" }).ExpectCard("Verify against the checklist")
            .Submit(new { inScope = "yes" }).ExpectCard("Cleaner facts")
            .Submit(IntakeSteps.Cleaner).ExpectCard(card =>
            {
                var texts = Texts(card);
                Assert.Contains("Acme [click\\](https://evil.example) \\*\\*x\\*\\*", texts);
                Assert.DoesNotContain("[click](", texts);
            })
            .RunAsync();
    }

    private static Dictionary<string, object> Cleaner(params (string Key, object Value)[] changes)
    {
        var values = System.Text.Json.JsonSerializer.SerializeToNode(IntakeSteps.Cleaner)!.AsObject()
            .ToDictionary(p => p.Key, p => (object)p.Value!.ToString());
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }
        return values;
    }

    public void Dispose() => _scripts.Dispose();
}
