using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// The recap preview in chat (Adaptive Cards 1.2, fits Teams mobile): the four sections under their headings,
/// which generator wrote them, and Copy / Regenerate / Send. The actions carry the ticket and the recap's key,
/// so a second Send finds the first one's record.
/// </summary>
public static class RecapPreviewCard
{
    public const string CopyVerb = "recap.copy";
    public const string RegenerateVerb = "recap.regenerate";
    public const string SendVerb = "recap.send";

    public static AdaptiveCard Build(Recap recap, string? ticketId, RecapSendRecord? sent = null)
    {
        var key = RecapMessage.IdempotencyKey(recap);
        var body = new List<CardElement>
        {
            new TextBlock("Cleaner recap — preview") { Size = "Medium", Weight = "Bolder" },
            new FactSet(
            [
                new Fact("To", recap.To),
                new Fact("Subject", recap.Subject),
                new Fact("Written by", WrittenBy(recap)),
            ]),
        };
        if (recap.FallbackReason is { } reason)
        {
            body.Add(new TextBlock(reason) { IsSubtle = true, Size = "Small" });
        }
        foreach (var (heading, text) in recap.Sections.InOrder())
        {
            body.Add(new TextBlock(heading) { Weight = "Bolder", Separator = true, Spacing = "Medium" });
            body.Add(new TextBlock(CardText.KeepLines(text)));
        }
        if (sent is { State: RecapSendRecord.Sent })
        {
            body.Add(new TextBlock($"Sent to {sent.To} on {sent.At:yyyy-MM-dd HH:mm} UTC.") { Color = "Good", Separator = true });
        }
        return new AdaptiveCard
        {
            FallbackText = recap.Subject,
            Body = body,
            Actions = Actions(ticketId, key, sent),
        };
    }

    private static string WrittenBy(Recap recap) => recap.Generator == RecapGenerator.Llm
        ? "the model (checked against the ticket)"
        : "the template";

    private static List<CardAction> Actions(string? ticketId, string key, RecapSendRecord? sent)
    {
        var actions = new List<CardAction>
        {
            new SubmitAction("Copy", CardData.For(CopyVerb, ("ticket", ticketId), ("recapKey", key))),
            new SubmitAction("Regenerate", CardData.For(RegenerateVerb, ("ticket", ticketId))),
        };
        if (sent is null)
        {
            actions.Add(new SubmitAction("Send", CardData.For(SendVerb, ("ticket", ticketId), ("recapKey", key))));
        }
        return actions;
    }
}
