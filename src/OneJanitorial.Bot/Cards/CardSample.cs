namespace OneJanitorial.Bot.Cards;

/// <summary>
/// A card the bot can send, built with sample data, for <c>cards export</c> and the card contract test.
/// Every feature registers one per card it sends: <c>services.AddSingleton(new CardSample("intake.step1", () => ...))</c>.
/// Name it "{feature}.{card}" (it becomes the file name); names starting with intake., ticket. or triage. must be 1.2 cards.
/// </summary>
public sealed record CardSample(string Name, Func<AdaptiveCard> Build);
