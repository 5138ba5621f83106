using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// The recap preview in chat: the four sections under their headings, which generator wrote them, and
/// Copy / Regenerate / Send. The actions carry the ticket and the recap's key, so a second Send finds the first one's record.
/// </summary>
public static class RecapPreviewCard
{
    public static View Build(Recap recap, string? ticketId, RecapSendRecord? sent = null)
    {
        var key = RecapMessage.IdempotencyKey(recap);
        var blocks = new List<Block>
        {
            new Paragraph("Cleaner recap — preview") { Style = TextStyle.Heading },
            new Facts(
            [
                new Fact("To", recap.To),
                new Fact("Subject", recap.Subject),
                new Fact("Written by", WrittenBy(recap)),
            ]),
        };
        if (recap.FallbackReason is { } reason)
        {
            blocks.Add(new Paragraph(reason) { Style = TextStyle.Caption });
        }
        // Folded to its four headings on a phone; the whole text is one tap away (and Copy gives it as text).
        var sections = recap.Sections.InOrder().ToList();
        blocks.Add(new Divider());
        blocks.Add(new Paragraph(Markup.WithBullets(string.Join("\n", sections.Select(s => "- " + s.Heading)))) { Style = TextStyle.Small });
        blocks.Add(new Detail(FullTextId, [.. sections.SelectMany(Section)]));
        blocks.Add(new Buttons([new RevealAction("Show full text", FullTextId) { HideTitle = "Show less" }]));
        if (sent is { State: RecapSendState.Sent })
        {
            blocks.Add(new Divider());
            blocks.Add(new Paragraph($"Sent to {sent.To} on {sent.At:yyyy-MM-dd HH:mm} UTC.") { Tone = Tone.Good });
        }
        return new View(recap.Subject)
        {
            Blocks = blocks,
            Actions = Actions(ticketId, key, sent),
        };
    }

    private const string FullTextId = "recap-full-text";

    private static IEnumerable<Block> Section((string Heading, string Text) section) =>
    [
        new Paragraph(section.Heading) { Style = TextStyle.Strong },
        new Paragraph(Markup.WithBullets(section.Text)),
    ];

    private static string WrittenBy(Recap recap) => recap.Generator == RecapGenerator.Llm
        ? "the model (checked against the ticket)"
        : "the template";

    private static List<ViewAction> Actions(string? ticketId, string key, RecapSendRecord? sent)
    {
        var actions = new List<ViewAction>
        {
            new VerbAction("Copy", RecapVerbs.Copy) { Payload = Payload.Of(("ticket", ticketId), ("recapKey", key)) },
            new VerbAction("Regenerate", RecapVerbs.Regenerate) { Payload = Payload.Of(("ticket", ticketId)) },
        };
        if (sent is null)
        {
            actions.Add(new VerbAction("Send", RecapVerbs.Send) { Payload = Payload.Of(("ticket", ticketId), ("recapKey", key)), Intent = Intent.Primary });
        }
        return actions;
    }
}
