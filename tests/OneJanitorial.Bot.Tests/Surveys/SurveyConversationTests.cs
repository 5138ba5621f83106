using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Surveys;

/// <summary>"survey" in chat on the real bot; the script's clock is Monday 2026-03-02 09:00 in Toronto.</summary>
public sealed class SurveyConversationTests
{
    private readonly string _company = "Acme " + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Survey_Rating4_LogsCallAndOpensIntakePreFilledAsSurveyCorrection()
    {
        await new ConversationScript()
            .Do(s => ImportAsync(s, new Client(_company, "Tower A", "Calgary", "America/Edmonton", "Casey", new DateOnly(2025, 12, 1))))
            .Send("survey").ExpectCard("Survey call")
            .Submit(new { client = _company.ToUpperInvariant(), building = "tower a", surveyRating = "4", surveyNotes = "Desks dusty twice" })
            .ExpectText("rating 4/10")
            .ExpectCard("Initial review")
            .Submit().ExpectCard("The concern") // client, building, city and zone came from the imported client
            .Submit().ExpectCard("Service issue or client update") // Survey Rating, the day of the call, by phone
            .Submit().ExpectCard("Verify against the checklist") // category survey, rating 4
            .Submit(new { inScope = "yes" }).ExpectCard("Cleaner facts")
            .Submit(new { cleaner = "Jane Doe", cleanerBuildingStart = "2026-01-05", contractStart = "2025-06-01", cleanerInBco = "no", billingPrice = 100 })
            .ExpectCard("Survey Correction")
            .Do(async s =>
            {
                var call = Assert.Single(await CallsAsync(s));
                Assert.Equal((_company, "Tower A", 4, "Desks dusty twice", "Casey"), (call.Call.Company, call.Call.Building, call.Call.Rating, call.Call.Notes, call.Rep));
                var client = await s.Services.GetRequiredService<SurveyStore>().FindClientAsync(_company, "Tower A", CancellationToken.None);
                Assert.Equal(new DateOnly(2026, 3, 2), client!.LastSurveyDate); // 07:00 in Calgary
            })
            .RunAsync();
    }

    [Fact]
    public async Task Survey_Rating9_LoggedWithoutIntake()
    {
        await new ConversationScript()
            .Send("log survey call").ExpectCard("Survey call")
            .Submit(new { client = _company, building = "Plaza", surveyRating = "9" })
            .ExpectText("rating 9/10")
            .Do(async s =>
            {
                var call = Assert.Single(await CallsAsync(s));
                Assert.Equal((9, null), (call.Call.Rating, call.Call.Notes));
            })
            .RunAsync();
    }

    [Fact]
    public async Task Survey_SameCardSubmittedTwice_OneCall()
    {
        var script = new ConversationScript();
        var inputs = new { client = _company, building = "Plaza", surveyRating = "7" };
        await script
            .Send("survey").ExpectCard("Survey call").Remember("survey")
            .Submit(inputs).ExpectText("rating 7/10")
            .Press("Log call", inputs, fromCard: "survey").ExpectText("This survey call was already logged")
            .Do(async s => Assert.Single(await CallsAsync(s)))
            .RunAsync();
    }

    [Fact]
    public async Task Survey_Rating3CardPressedAgainDuringTheIntake_OneCall()
    {
        var inputs = new { client = _company, building = "Plaza", surveyRating = "3" };
        await new ConversationScript()
            .Send("survey").ExpectCard("Survey call").Remember("survey")
            .Submit(inputs).ExpectText("rating 3/10").ExpectCard("Initial review")
            .Press("Log call", inputs, fromCard: "survey").ExpectText("This survey call was already logged")
            .Do(async s => Assert.Single(await CallsAsync(s)))
            .RunAsync();
    }

    [Theory]
    [InlineData("4.5")]
    [InlineData("11")]
    [InlineData("0")]
    [InlineData("four")]
    public async Task Survey_RatingNotWhole1To10_RefusedWithMessage(string rating)
    {
        await new ConversationScript()
            .Send("survey").ExpectCard("Survey call")
            .Submit(new { client = _company, building = "Plaza", surveyRating = rating })
            .ExpectCard("a whole number from 1 to 10")
            .Do(async s => Assert.Empty(await CallsAsync(s)))
            .RunAsync();
    }

    [Fact]
    public async Task Survey_NotesOverLimit_RefusedAndCut()
    {
        await new ConversationScript()
            .Send("survey").ExpectCard("Survey call")
            .Submit(new { client = _company, building = "Plaza", surveyRating = "8", surveyNotes = new string('x', 1_001) })
            .ExpectCard("Keep this to 1,000 characters or fewer")
            .Do(async s => Assert.Empty(await CallsAsync(s)))
            .RunAsync();
    }

    private static Task ImportAsync(ConversationScript script, Client client) =>
        script.Services.GetRequiredService<SurveyStore>().UpsertClientsAsync([client], CancellationToken.None);

    private async Task<List<SurveyLog>> CallsAsync(ConversationScript script) =>
        [.. (await script.Services.GetRequiredService<SurveyStore>().CallsSinceAsync(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None)).Where(c => c.Call.Company == _company)];
}
