using System.Text.Json.Nodes;
using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// Marks every button of a dialog card with the step it was shown for. Returns a copy: a dialog may reuse card
/// parts (even static ones) without one user's stamp leaking onto another user's card.
/// </summary>
internal static class DialogCardStamp
{
    public static AdaptiveCard Apply(AdaptiveCard card, string stepToken) => card with
    {
        Body = [.. card.Body.Select(e => Element(e, stepToken))],
        Actions = card.Actions is null ? null : [.. card.Actions.Select(a => Action(a, stepToken))],
    };

    private static CardElement Element(CardElement element, string stepToken) => element switch
    {
        Container c => c with { Items = [.. c.Items.Select(e => Element(e, stepToken))] },
        ColumnSet s => s with { Columns = [.. s.Columns.Select(c => c with { Items = [.. c.Items.Select(e => Element(e, stepToken))] })] },
        ActionSet s => s with { Actions = [.. s.Actions.Select(a => Action(a, stepToken))] },
        _ => element,
    };

    private static CardAction Action(CardAction action, string stepToken) => action switch
    {
        SubmitAction s => s with { Data = Stamped(s.Data, stepToken) },
        ExecuteAction e => e with { Data = Stamped(e.Data, stepToken), Fallback = Action(e.Fallback, stepToken) },
        ShowCardAction s => s with { Card = Apply(s.Card, stepToken) },
        _ => action,
    };

    private static JsonObject Stamped(JsonObject data, string stepToken)
    {
        var copy = (JsonObject)data.DeepClone();
        copy[DialogActions.StepKey] = stepToken;
        return copy;
    }
}
