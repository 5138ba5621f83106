namespace OneJanitorial.Bot.Dialogs;

/// <summary>Where a dialog is, for telling the user what is open: "step 3 of 10 (Step 1 — The concern)".</summary>
public sealed record DialogProgress(int Step, int Of, string Name)
{
    public override string ToString() => $"step {Step} of {Of} ({Name})";
}
