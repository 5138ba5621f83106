using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Recaps;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class RecapPreviewCardTests
{
    private static Task<Recap> RecapAsync() =>
        new RecapWriter(RecapSamples.Prompts, NullLogger<RecapWriter>.Instance).WriteAsync(RecapSamples.R1(), CancellationToken.None);

    [Fact]
    public async Task Build_Recap_ShowsFourSectionsInOrderAndGenerator()
    {
        var card = AdaptiveCardRenderer.Render(RecapPreviewCard.Build(await RecapAsync(), "42"));

        Assert.Equal("1.2", card.Version);
        // Folded to the four headings on a phone; the sections are in a hidden container the toggle shows.
        var folded = card.Body.OfType<TextBlock>().Select(t => t.Text).ToList();
        Assert.Contains("- Issue\n\n- Action Plan\n\n- Checklist\n\n- 3-Strike Policy", folded);
        var full = Assert.Single(card.Body.OfType<Container>(), c => c.IsVisible == false && c.Id == "recap-full-text");
        Assert.Contains(CardTree.Actions(card).OfType<ToggleVisibilityAction>(), t => t.Title == "Show full text" && t.TargetElements.Contains(full.Id!));
        var texts = full.Items.OfType<TextBlock>().Select(t => t.Text).ToList();
        var headings = RecapHeadings.All.Select(h => texts.IndexOf(h)).ToList();
        Assert.All(headings, i => Assert.True(i >= 0));
        Assert.Equal(headings.Order(), headings);
        var facts = card.Body.OfType<FactSet>().Single().Facts;
        Assert.Contains(facts, f => f.Title == "Written by" && f.Value == "the template");
        Assert.Contains(texts, t => t.Contains("- Empty all trash bins and replace liners\n\n- Clean mirrors streak-free", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_NotSent_OffersCopyRegenerateSendWithTicketAndKey()
    {
        var recap = await RecapAsync();

        var card = AdaptiveCardRenderer.Render(RecapPreviewCard.Build(recap, "42"));

        var actions = card.Actions!.Cast<SubmitAction>().ToList();
        Assert.Equal([RecapVerbs.Copy.Name, RecapVerbs.Regenerate.Name, RecapVerbs.Send.Name], actions.Select(a => CardData.VerbOf(a.Data)));
        Assert.All(actions, a => Assert.Equal("42", a.Data["ticket"]!.GetValue<string>()));
        Assert.Equal(RecapMessage.IdempotencyKey(recap), actions[2].Data["recapKey"]!.GetValue<string>());
        var json = JsonNode.Parse(CardJson.Serialize(card))!;
        Assert.Equal("Action.Submit", json["actions"]![2]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Build_AlreadySent_HidesSendAndSaysWhen()
    {
        var recap = await RecapAsync();
        var sent = new RecapSendRecord(RecapSendState.Sent, recap.To, recap.Subject, new DateTimeOffset(2026, 3, 9, 15, 30, 0, TimeSpan.Zero));

        var card = AdaptiveCardRenderer.Render(RecapPreviewCard.Build(recap, "42", sent));

        Assert.DoesNotContain(card.Actions!, a => a is SubmitAction s && CardData.VerbOf(s.Data) == RecapVerbs.Send.Name);
        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text == "Sent to maria@sparkle-cleaning.example on 2026-03-09 15:30 UTC.");
    }

    [Fact]
    public async Task Build_TemplateFallback_ShowsReason()
    {
        var recap = await RecapAsync() with { FallbackReason = "The model was unavailable (timeout)." };

        var card = AdaptiveCardRenderer.Render(RecapPreviewCard.Build(recap, null));

        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text == "The model was unavailable (timeout).");
        Assert.Null(((SubmitAction)card.Actions![0]).Data["ticket"]);
    }
}
