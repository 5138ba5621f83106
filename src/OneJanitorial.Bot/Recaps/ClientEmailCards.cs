using System.Globalization;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// "client email 42": pick one of the SOP's templates A–E, then a copy-text preview filled from the ticket.
/// Nothing is sent or scheduled from here.
/// </summary>
public static class ClientEmailCards
{
    public const string TemplateInput = "template";

    public static string Name(ClientTemplate template) => template switch
    {
        ClientTemplate.A => "Template A — Issue: Enough Information Provided",
        ClientTemplate.B => "Template B — Issue: More Information Needed",
        ClientTemplate.C => "Template C — General Inquiry / Question",
        ClientTemplate.D => "Template D — Confirmed Correction",
        _ => "Template E — Feedback Check-In",
    };

    public static View Pick(long ticket, string client, ClientTemplate? selected = null) => new($"Client email for ticket {ticket}")
    {
        Blocks =
        [
            new Paragraph($"Client email — ticket {ticket}") { Style = TextStyle.Heading },
            new Paragraph(client) { Style = TextStyle.Muted, Tight = true },
            new FormField(TemplateInput, FieldKind.Choice, "Template")
            {
                Options = [.. Enum.GetValues<ClientTemplate>().Select(t => new Option(Name(t), t.ToString()))],
                Value = (selected ?? ClientTemplate.A).ToString(),
                Required = true,
            },
        ],
        Actions = [new VerbAction("Preview", RecapVerbs.ClientEmailPick) { Payload = Payload.Of(("ticket", Number(ticket))), Intent = Intent.Primary }],
    };

    /// <param name="sendAt">Template E's send time in the client's zone; null for the others.</param>
    /// <param name="note">Why something could not be filled or computed (e.g. the ticket has no time zone).</param>
    public static View Preview(long ticket, ClientEmail email, DateTimeOffset? sendAt, string? timeZoneId, string? note = null)
    {
        var blocks = new List<Block>
        {
            new Paragraph(Name(email.Template)) { Style = TextStyle.Heading },
            new Facts([new Fact("Ticket", Number(ticket)), new Fact("Subject", email.Subject)]),
        };
        if (sendAt is { } at)
        {
            blocks.Add(new Paragraph($"Schedule it in your mail client for {SendTime(at, timeZoneId)}.") { Style = TextStyle.Strong, Tone = Tone.Accent });
        }
        if (note is not null)
        {
            blocks.Add(new Paragraph(note) { Tone = Tone.Attention });
        }
        blocks.Add(new Divider());
        blocks.Add(new Paragraph(Markup.WithBullets(email.Body)));
        blocks.Add(new Paragraph("Copy text only: personalize and proofread before sending; reply in the client's thread unless the ticket is closed.") { Style = TextStyle.Caption });
        return new View(email.Subject)
        {
            Blocks = blocks,
            Actions =
            [
                new VerbAction("Copy", RecapVerbs.ClientEmailCopy) { Payload = Payload.Of(("ticket", Number(ticket)), (TemplateInput, email.Template.ToString())) },
                new VerbAction("Other template", RecapVerbs.ClientEmailStart) { Payload = Payload.Of(("ticket", Number(ticket))) },
            ],
        };
    }

    /// <summary>"Tue, Nov 24, 8:00 AM America/Toronto".</summary>
    public static string SendTime(DateTimeOffset at, string? timeZoneId) =>
        at.ToString("ddd, MMM d, h:mm tt", CultureInfo.InvariantCulture) + (timeZoneId is null ? "" : " " + timeZoneId);

    private static string Number(long ticket) => ticket.ToString(CultureInfo.InvariantCulture);
}
