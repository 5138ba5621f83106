using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>Marks every button of a dialog card with the step it was shown for.</summary>
internal static class DialogCardStamp
{
    public static AdaptiveCard Apply(AdaptiveCard card, string stepToken)
    {
        foreach (var action in CardTree.Actions(card))
        {
            Apply(action, stepToken);
        }
        return card;
    }

    private static void Apply(CardAction action, string stepToken)
    {
        switch (action)
        {
            case SubmitAction submit:
                submit.Data[DialogActions.StepKey] = stepToken;
                break;
            case ExecuteAction execute:
                execute.Data[DialogActions.StepKey] = stepToken;
                Apply(execute.Fallback, stepToken);
                break;
            case ShowCardAction show:
                Apply(show.Card, stepToken);
                break;
        }
    }
}
