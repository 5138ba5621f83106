using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Cards;

/// <summary>
/// Every card <c>cards export</c> writes, rendered as Teams mobile draws it at 360 CSS px: no button title cut with an
/// ellipsis, and no card taller than <see cref="MaxHeightPx"/> as it first shows (details folded away behind a toggle).
/// </summary>
public sealed class CardPhoneFitTests : IDisposable
{
    /// <summary>About 1.5 screens of a phone held upright (a 360 × 640 CSS px viewport, less the chat's own chrome).</summary>
    public const int MaxHeightPx = 1000;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onej-phone-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ExportedCards_At360Px_NoTruncatedButtonAndWithinTheHeightLimit()
    {
        var samples = new ConversationScript().Services.GetServices<ViewSample>().ToList();
        await CardsCommand.ExportAsync(samples, Path.Combine(_dir, "cards"), CancellationToken.None);

        var rendered = await CardRenderer.RenderAsync(Path.Combine(_dir, "cards"), Path.Combine(_dir, "png"));

        Assert.Equal(samples.Count, rendered.Count);
        var problems = rendered
            .Where(r => r.HeightPx > MaxHeightPx).Select(r => $"{r.File}: {r.HeightPx} px tall (limit {MaxHeightPx})")
            .Concat(rendered.SelectMany(r => r.TruncatedButtons.Select(b => $"{r.File}: button \"{b}\" is cut")))
            .Concat(rendered.SelectMany(r => r.Warnings.Select(w => $"{r.File}: {w}")))
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.All(rendered, r => Assert.True(r.HeightPx > 50, $"{r.File} rendered {r.HeightPx} px: nothing drawn?"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
