using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Views;

/// <summary>
/// What a button asks the bot to do, by the name the channel sends back when it is pressed (e.g. "ticket.move").
/// Each feature declares its verbs once, in its own verbs class, and lists the ones it answers in
/// <c>ChatFeature.Verbs</c> (a dialog in <c>Dialog.Verbs</c>); the bot does not start when two features claim one.
/// </summary>
public sealed partial record Verb
{
    public Verb(string name)
    {
        if (!WireName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a verb name (lower-case words joined by dots).", nameof(name));
        }
        Name = name;
    }

    /// <summary>The wire name: stored in cards users still have, so never renamed.</summary>
    public string Name { get; }

    public override string ToString() => Name;

    [GeneratedRegex("^[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*$")]
    private static partial Regex WireName();
}
