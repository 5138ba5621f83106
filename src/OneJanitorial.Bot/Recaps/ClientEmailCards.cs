using System.Globalization;
using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// "client email 42": pick one of the SOP's templates A–E, then a copy-text preview filled from the ticket
/// (Adaptive Cards 1.2, Action.Submit only). Nothing is sent or scheduled from here.
/// </summary>
public static class ClientEmailCards
{
    public const string PickVerb = "clientemail.pick";
    public const string CopyVerb = "clientemail.copy";
    public const string TemplateInput = "template";

    public static string Name(ClientTemplate template) => template switch
    {
        ClientTemplate.A => "Template A — Issue: Enough Information Provided",
        ClientTemplate.B => "Template B — Issue: More Information Needed",
        ClientTemplate.C => "Template C — General Inquiry / Question",
        ClientTemplate.D => "Template D — Confirmed Correction",
        _ => "Template E — Feedback Check-In",
    };

    public static AdaptiveCard Pick(long ticket, string client, ClientTemplate? selected = null) => new()
    {
        FallbackText = $"Client email for ticket {ticket}",
        Body =
        [
            new TextBlock($"Client email — ticket {ticket}") { Size = "Medium", Weight = "Bolder" },
            new TextBlock(client) { IsSubtle = true, Spacing = "None" },
            .. CardForm.Field("Template", new ChoiceSetInput([.. Enum.GetValues<ClientTemplate>().Select(t => new Choice(Name(t), t.ToString()))])
            {
                Id = TemplateInput,
                Style = "compact",
                Value = (selected ?? ClientTemplate.A).ToString(),
            }, required: true),
        ],
        Actions = [new SubmitAction("Preview", CardData.For(PickVerb, ("ticket", Number(ticket))))],
    };

    /// <param name="sendAt">Template E's send time in the client's zone; null for the others.</param>
    /// <param name="note">Why something could not be filled or computed (e.g. the ticket has no time zone).</param>
    public static AdaptiveCard Preview(long ticket, ClientEmail email, DateTimeOffset? sendAt, string? timeZoneId, string? note = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Name(email.Template)) { Size = "Medium", Weight = "Bolder" },
            new FactSet([new Fact("Ticket", Number(ticket)), new Fact("Subject", email.Subject)]),
        };
        if (sendAt is { } at)
        {
            body.Add(new TextBlock($"Schedule it in your mail client for {SendTime(at, timeZoneId)}.") { Weight = "Bolder", Color = "Accent" });
        }
        if (note is not null)
        {
            body.Add(new TextBlock(note) { Color = "Attention" });
        }
        body.Add(new TextBlock(CardText.KeepLines(email.Body)) { Separator = true });
        body.Add(new TextBlock("Copy text only: personalize and proofread before sending; reply in the client's thread unless the ticket is closed.")
        { IsSubtle = true, Size = "Small" });
        return new AdaptiveCard
        {
            FallbackText = email.Subject,
            Body = body,
            Actions =
            [
                new SubmitAction("Copy", CardData.For(CopyVerb, ("ticket", Number(ticket)), (TemplateInput, email.Template.ToString()))),
                new SubmitAction("Other template", CardData.For(ClientEmailChatFeature.StartVerb, ("ticket", Number(ticket)))),
            ],
        };
    }

    /// <summary>"Tue, Nov 24, 8:00 AM America/Toronto".</summary>
    public static string SendTime(DateTimeOffset at, string? timeZoneId) =>
        at.ToString("ddd, MMM d, h:mm tt", CultureInfo.InvariantCulture) + (timeZoneId is null ? "" : " " + timeZoneId);

    private static string Number(long ticket) => ticket.ToString(CultureInfo.InvariantCulture);
}
