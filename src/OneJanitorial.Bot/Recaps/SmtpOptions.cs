using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace OneJanitorial.Bot.Recaps;

/// <summary><c>Mail:Smtp:*</c>. Sending is on only when <see cref="Host"/> is set; otherwise the CSR copies the recap into their mail app.</summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string SectionName = "Mail:Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Auto | None | StartTls | StartTlsWhenAvailable | SslOnConnect.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address recaps come from (the CSR team mailbox).</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "One Janitorial Client Service";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && !MimeKit.MailboxAddress.TryParse(From ?? "", out _))
        {
            yield return new ValidationResult("Mail:Smtp:Host is set, so Mail:Smtp:From must be the sender's email address.", [nameof(From)]);
        }
        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Mail:Smtp:UserName is set without Mail:Smtp:Password.", [nameof(Password)]);
        }
    }
}
