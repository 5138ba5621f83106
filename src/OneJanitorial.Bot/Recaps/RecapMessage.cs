using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace OneJanitorial.Bot.Recaps;

/// <summary>The recap as an email: the message SMTP and Graph send, and the text a CSR copies when it is not sent.</summary>
public static class RecapMessage
{
    public static MimeMessage Build(Recap recap, SmtpOptions options, string idempotencyKey)
    {
        var message = new MimeMessage();
        if (MailboxAddress.TryParse(options.From ?? "", out var from))
        {
            message.From.Add(new MailboxAddress(options.FromName, from.Address));
        }
        message.To.Add(MailboxAddress.Parse(recap.To));
        message.Subject = recap.Subject;
        // A stable Message-Id lets a mail server or the CSR spot a resend of the same recap.
        message.MessageId = $"recap-{idempotencyKey}@onejanitorial.bot";
        message.Body = new TextPart("plain") { Text = recap.Body };
        return message;
    }

    /// <summary>What the Copy button and an unsent recap give the CSR to paste into a new email: To, Subject, then the body.</summary>
    public static string CopyText(Recap recap) => $"To: {recap.To}\nSubject: {recap.Subject}\n\n{recap.Body}";

    /// <summary>One key per recap content: a double click sends the same recap, which sends once.</summary>
    public static string IdempotencyKey(Recap recap)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(recap.To + "\n" + recap.Subject + "\n" + recap.Body));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
