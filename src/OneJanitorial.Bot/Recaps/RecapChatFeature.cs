using System.Text.RegularExpressions;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// "recap 42" shows the preview card; its buttons copy the text, write it again, or send it to the cleaner.
/// Copy and Send act on the stored draft the card shows, so what is sent is what the CSR read.
/// </summary>
public sealed partial class RecapChatFeature(
    RecapWriter writer,
    RecapDrafts drafts,
    RecapDelivery delivery,
    IRecapFactsSource facts) : ChatFeature
{
    public override IReadOnlyCollection<Verb> Verbs => [RecapVerbs.Copy, RecapVerbs.Regenerate, RecapVerbs.Send];

    public override bool ClaimsText(IncomingTurn turn) => RecapCommand().IsMatch(turn.Text ?? "");

    public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) => turn switch
    {
        _ when turn.Is(RecapVerbs.Copy) => CopyAsync(turn, output, cancellationToken),
        _ when turn.Is(RecapVerbs.Send) => SendAsync(turn, output, cancellationToken),
        _ when turn.Is(RecapVerbs.Regenerate) => PreviewAsync(turn.DataText("ticket"), output, replace: true, cancellationToken),
        _ => PreviewAsync(RecapCommand().Match(turn.Text!).Groups["ticket"].Value, output, replace: false, cancellationToken),
    };

    private async Task PreviewAsync(string? ticketId, ITurnOutput output, bool replace, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(ticketId))
        {
            await output.SendAsync(BotMessage.Plain("That button does not say which ticket; type recap and the ticket number."), cancellationToken);
            return;
        }
        var found = await facts.FindAsync(ticketId, cancellationToken);
        if (found.Facts is not { } ticket)
        {
            await output.SendAsync(BotMessage.Plain(found.NotReadyReason ?? $"I can't find ticket {ticketId}."), cancellationToken);
            return;
        }
        var recap = await writer.WriteAsync(ticket, cancellationToken);
        await drafts.SaveAsync(new RecapDraft(ticketId, recap), cancellationToken);
        var card = RecapPreviewCard.Build(recap, ticketId, await delivery.FindAsync(recap, cancellationToken));
        await (replace ? output.ReplaceCardAsync(card, cancellationToken) : output.SendAsync(BotMessage.WithView(card, recap.Subject), cancellationToken));
    }

    private async Task CopyAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (await FindDraftAsync(turn, output, cancellationToken) is { } draft)
        {
            await output.SendAsync(BotMessage.Copyable(RecapMessage.CopyText(draft.Recap)), cancellationToken);
        }
    }

    private async Task SendAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        if (await FindDraftAsync(turn, output, cancellationToken) is not { } draft)
        {
            return;
        }
        var result = await delivery.SendAsync(draft.Recap, cancellationToken);
        if (result.Status == RecapSendStatus.Sent)
        {
            if (draft.TicketId is not null)
            {
                // The email is out: record it on the ticket even if the CSR has navigated away.
                await facts.RecordSentAsync(draft.TicketId, draft.Recap.To, turn.User.Name ?? turn.User.Id, CancellationToken.None);
            }
            var record = await delivery.FindAsync(draft.Recap, cancellationToken);
            await output.ReplaceCardAsync(RecapPreviewCard.Build(draft.Recap, draft.TicketId, record), cancellationToken);
        }
        await output.SendAsync(BotMessage.Plain(result.Message), cancellationToken);
        if (result.CopyText is not null)
        {
            await output.SendAsync(BotMessage.Copyable(result.CopyText), cancellationToken);
        }
    }

    private async Task<RecapDraft?> FindDraftAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken)
    {
        var draft = turn.DataText("recapKey") is { } key ? await drafts.FindAsync(key, cancellationToken) : null;
        if (draft is null)
        {
            await output.SendAsync(BotMessage.Plain("That preview is no longer available. Press Regenerate or ask for the recap again."), cancellationToken);
        }
        return draft;
    }

    [GeneratedRegex(@"^\s*recap\s+(?:ticket\s+)?#?(?<ticket>[A-Za-z0-9][\w-]*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecapCommand();
}
