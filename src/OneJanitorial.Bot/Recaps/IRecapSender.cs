using MimeKit;

namespace OneJanitorial.Bot.Recaps;

/// <summary>Delivers one email. Throws <see cref="RecapSendException"/> when the message was not accepted.</summary>
public interface IRecapSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public sealed class RecapSendException(string message, Exception? inner = null) : Exception(message, inner);
