using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace OneJanitorial.Bot.Recaps;

/// <summary>The recap as an email message: what SMTP sends and what the .eml download holds.</summary>
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

    /// <summary>The message as an .eml file (RFC 5322), for mail clients to open when sending is not configured.</summary>
    public static byte[] ToEml(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>One key per recap content: a double click sends the same recap, which sends once.</summary>
    public static string IdempotencyKey(Recap recap)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(recap.To + "\n" + recap.Subject + "\n" + recap.Body));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
