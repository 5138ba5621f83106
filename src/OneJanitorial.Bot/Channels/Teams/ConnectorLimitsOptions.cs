using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// The rate limits Teams documents for bots ("Optimize your bot with rate limiting in Teams"), kept before each Bot
/// Connector call so Teams does not answer 429: per bot per conversation ("send to conversation") 7 per 1 s, 8 per 2 s,
/// 60 per 30 s and 1,800 per hour, and per app per tenant 50 per second. Configurable, so an operator can follow Teams
/// when Microsoft changes them. <see cref="Enabled"/> false keeps none (the load run's capacity rows, against a fake
/// connector): a 429 is then only retried after its Retry-After.
/// </summary>
public sealed class ConnectorLimitsOptions : IValidatableObject
{
    public const string SectionName = "Bot:ConnectorLimits";

    public bool Enabled { get; set; } = true;

    public RateWindow ConversationBurst { get; set; } = new(7, TimeSpan.FromSeconds(1));

    public RateWindow ConversationShort { get; set; } = new(8, TimeSpan.FromSeconds(2));

    public RateWindow ConversationSustained { get; set; } = new(60, TimeSpan.FromSeconds(30));

    public RateWindow ConversationHourly { get; set; } = new(1800, TimeSpan.FromHours(1));

    /// <summary>All calls of one tenant (the activity's or conversation reference's; one app-wide partition when unknown).</summary>
    public RateWindow Tenant { get; set; } = new(50, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Calls that may wait for one window of one conversation or tenant. One more fails at once: the connector client
    /// throws <see cref="HttpRequestException"/> (logged, event 2031), which a turn reports as unanswered and a reminder
    /// retries later.
    /// </summary>
    [Range(1, 1_000_000)]
    public int QueueLimit { get; set; } = 1000;

    /// <summary>The per-conversation windows, longest first (the order they are acquired in, see <see cref="ConnectorRateLimiter"/>).</summary>
    public IReadOnlyList<RateWindow> ConversationWindows => [ConversationHourly, ConversationSustained, ConversationShort, ConversationBurst];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        (string Name, RateWindow? Window)[] windows =
        [
            (nameof(ConversationBurst), ConversationBurst), (nameof(ConversationShort), ConversationShort),
            (nameof(ConversationSustained), ConversationSustained), (nameof(ConversationHourly), ConversationHourly),
            (nameof(Tenant), Tenant),
        ];
        foreach (var (name, window) in windows)
        {
            var results = new List<ValidationResult>();
            if (window is null)
            {
                results.Add(new ValidationResult("is missing"));
            }
            else
            {
                Validator.TryValidateObject(window, new ValidationContext(window), results, validateAllProperties: true);
            }
            foreach (var result in results)
            {
                yield return new ValidationResult($"{SectionName}:{name}: {result.ErrorMessage}", [name]);
            }
        }
    }
}
