using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tests.Tickets;
using OneJanitorial.Bot.Tickets;
using TicketSamples = OneJanitorial.Bot.Tests.Tickets.Tickets;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class ClientEmailCardsTests
{
    [Fact]
    public void Pick_Ticket_CompactChoiceOfTheSopsFiveTemplatesAndOneSubmit()
    {
        var card = AdaptiveCardRenderer.Render(ClientEmailCards.Pick(42, "Northwind Dental"));

        Assert.Equal("1.2", card.Version);
        var choices = card.Body.OfType<ChoiceSetInput>().Single();
        Assert.Equal("compact", choices.Style);
        Assert.Equal(["A", "B", "C", "D", "E"], choices.Choices.Select(c => c.Value));
        Assert.Equal("Template B — Issue: More Information Needed", choices.Choices[1].Title);
        var submit = Assert.IsType<SubmitAction>(Assert.Single(card.Actions!));
        Assert.Equal((RecapVerbs.ClientEmailPick.Name, "42"), (CardData.VerbOf(submit.Data), submit.Data["ticket"]!.GetValue<string>()));
    }

    [Fact]
    public void Preview_TemplateE_ShowsSendTimeSubjectAndLinesAndCopyCarriesTheTemplate()
    {
        var email = new ClientEmail(ClientTemplate.E, "Re: Clinic – checking in", "Hi Ana,\nHow does everything look?\n");
        var sendAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(-5));

        var card = AdaptiveCardRenderer.Render(ClientEmailCards.Preview(42, email, sendAt, "America/Toronto"));

        var texts = card.Body.OfType<TextBlock>().Select(t => t.Text).ToList();
        Assert.Contains("Schedule it in your mail client for Tue, Nov 24, 8:00 AM America/Toronto.", texts);
        Assert.Contains("Hi Ana,\n\nHow does everything look?", texts);
        Assert.Contains(card.Body.OfType<FactSet>().Single().Facts, f => f.Title == "Subject" && f.Value == email.Subject);
        var copy = card.Actions!.Cast<SubmitAction>().First();
        Assert.Equal((RecapVerbs.ClientEmailCopy.Name, "E"), (CardData.VerbOf(copy.Data), copy.Data[ClientEmailCards.TemplateInput]!.GetValue<string>()));
    }

    [Fact]
    public void Preview_TemplateA_NoScheduleLine()
    {
        var card = AdaptiveCardRenderer.Render(ClientEmailCards.Preview(42, new ClientEmail(ClientTemplate.A, "Subject", "Body"), null, "America/Toronto"));

        Assert.DoesNotContain(card.Body.OfType<TextBlock>(), t => t.Text.StartsWith("Schedule", StringComparison.Ordinal));
    }

    [Fact]
    public void ReviewCheck_Ticket_ReplyInputAndTogglesWithResolvedOn()
    {
        var card = AdaptiveCardRenderer.Render(ReviewCards.Check(42, "Northwind Dental"));

        Assert.Equal("1.2", card.Version);
        Assert.Equal(ReviewCards.ReplyInput, card.Body.OfType<TextInput>().Single().Id);
        var toggles = card.Body.OfType<ToggleInput>().ToDictionary(t => t.Id!, t => t.Value);
        Assert.Equal(new Dictionary<string, string?> { ["resolved"] = "true", ["escalated"] = "false", ["tension"] = "false" }, toggles);
    }

    [Fact]
    public void ReviewDecision_Requested_StatesTheCreditAndFollowUpRulesAndSetCarriesTheInputs()
    {
        var context = new ReviewContext("Thanks!", Resolved: true);

        var card = AdaptiveCardRenderer.Render(ReviewCards.Decision(42, context, ReviewRequestPolicy.Decide(context)));

        var texts = card.Body.OfType<TextBlock>().Select(t => t.Text).ToList();
        Assert.Equal("Review Requested", texts[1]);
        Assert.Contains(ReviewCards.Sequence, texts);
        Assert.Contains(ReviewCards.FollowUpRule, texts);
        var set = Assert.IsType<SubmitAction>(Assert.Single(card.Actions!));
        Assert.Equal(RecapVerbs.ReviewSet.Name, CardData.VerbOf(set.Data));
        Assert.Equal(("Thanks!", "true", "false"), (Text(set.Data, "reply"), Text(set.Data, "resolved"), Text(set.Data, "tension")));
    }

    [Fact]
    public void ReviewDecision_Escalated_NotEligibleWithReasonAndNoCreditTalk()
    {
        var context = new ReviewContext("Thanks!", Resolved: true, Escalated: true);

        var card = AdaptiveCardRenderer.Render(ReviewCards.Decision(42, context, ReviewRequestPolicy.Decide(context)));

        var texts = card.Body.OfType<TextBlock>().Select(t => t.Text).ToList();
        Assert.Equal(["Not Eligible", "Why: the issue required escalation"], texts[1..3]);
        Assert.DoesNotContain(texts, t => t.Contains("$25", StringComparison.Ordinal));
    }

    [Fact]
    public void ReviewDecision_Saved_ShowsItAndOffersNoButton()
    {
        var context = new ReviewContext(null, Resolved: false);

        var card = AdaptiveCardRenderer.Render(ReviewCards.Decision(42, context, ReviewRequestPolicy.Decide(context), "Set."));

        Assert.Equal("Pending Confirmation", card.Body.OfType<TextBlock>().ElementAt(1).Text);
        Assert.Equal("Set.", card.Body.OfType<TextBlock>().Last().Text);
        Assert.Empty(card.Actions!);
    }

    [Fact]
    public void Missing_ImportedTicketWithoutNote_NamesTheFieldsEachTemplateNeeds()
    {
        var ticket = TicketSamples.Sample() with { Note = new MasterNote() };

        Assert.Equal(["Issue", "When Is Next Clean"], TicketClientEmail.Missing(ClientTemplate.A, ticket));
        Assert.Equal(["Issue", "When Will This Be Solved"], TicketClientEmail.Missing(ClientTemplate.D, ticket));
        Assert.Equal(["When Is Next Clean"], TicketClientEmail.Missing(ClientTemplate.E, ticket));
        Assert.Empty(TicketClientEmail.Missing(ClientTemplate.B, ticket));
    }

    [Fact]
    public void Facts_Ticket_IssuePointsWithoutBulletsAndPlaceholdersForWhatTheTicketLacks()
    {
        var ticket = TicketSamples.Sample() with { Note = Notes.Complete() with { Issue = "- Trash not emptied\n\n• Mirrors streaky" } };

        var facts = TicketClientEmail.Facts(ticket, "Casey");

        Assert.Equal(["Trash not emptied", "Mirrors streaky"], facts.Issue);
        Assert.Equal((TicketClientEmail.FirstNamePlaceholder, TicketClientEmail.AnswerPlaceholder, "Casey"), (facts.ClientFirstName, facts.Answer, facts.CsrName));
        Assert.Equal(new DateOnly(2026, 11, 25), facts.CorrectionDate);
    }

    private static string? Text(JsonObject data, string key) => data[key]?.GetValue<string>();
}
