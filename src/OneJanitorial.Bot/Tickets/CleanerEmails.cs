namespace OneJanitorial.Bot.Tickets;

/// <summary>The cleaner's email on a ticket (where the recap goes): one plain address, no display name.</summary>
public static class CleanerEmails
{
    /// <summary>The trimmed address, or null when <paramref name="value"/> is blank.</summary>
    public static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static bool IsValid(string? value) =>
        Normalize(value) is { } address && System.Net.Mail.MailAddress.TryCreate(address, out var parsed) && parsed.Address == address;

    public static string Problem(string value) => $"'{value.Trim()}' is not an email address.";
}
