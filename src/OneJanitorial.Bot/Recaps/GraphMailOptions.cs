using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// <c>Mail:Graph:*</c>: send through Microsoft Graph <c>sendMail</c> as <see cref="Sender"/>, with an app registration
/// granted Mail.Send (application). On only when Sender is set and SMTP is not configured.
/// </summary>
public sealed class GraphMailOptions : IValidatableObject
{
    public const string SectionName = "Mail:Graph";

    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The mailbox recaps are sent from (UPN or address).</summary>
    public string? Sender { get; set; }

    [Url]
    public string Authority { get; set; } = "https://login.microsoftonline.com";

    [Url]
    public string GraphUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Sender);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }
        foreach (var (name, value) in new[] { (nameof(TenantId), TenantId), (nameof(ClientId), ClientId), (nameof(ClientSecret), ClientSecret) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult($"Mail:Graph:Sender is set, so Mail:Graph:{name} is required.", [name]);
            }
        }
    }
}
