namespace OneJanitorial.Bot.Views;

/// <summary>
/// A view the bot can send, built with sample data, for <c>cards export</c> and the contract tests.
/// Every feature registers one per view it sends: <c>services.AddSingleton(new ViewSample("intake.step1", () => ...))</c>.
/// Name it "{feature}.{view}" (it becomes the file name).
/// </summary>
public sealed record ViewSample(string Name, Func<View> Build);
