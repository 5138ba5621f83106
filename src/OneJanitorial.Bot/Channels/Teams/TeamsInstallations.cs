using System.Text.Json;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Remembers where the bot is installed so the welcome card goes out once per install: Teams sends both
/// installationUpdate and conversationUpdate for one install, and redelivers both.
/// </summary>
public sealed class TeamsInstallations(IStateStore store, TimeProvider clock)
{
    public const string KeyPrefix = "teams/install/";

    /// <summary>True only for the first caller after an install; later calls (and races) get false.</summary>
    public Task<bool> TryMarkInstalledAsync(string conversationId, CancellationToken cancellationToken) =>
        store.TryCreateAsync(KeyOf(conversationId), JsonSerializer.Serialize(new InstallationRecord(clock.GetUtcNow()), TeamsJsonContext.Default.InstallationRecord), cancellationToken);

    /// <summary>On uninstall, so a later reinstall is welcomed again.</summary>
    public Task ForgetAsync(string conversationId, CancellationToken cancellationToken) =>
        store.DeleteAsync(KeyOf(conversationId), expectedETag: null, cancellationToken);

    private static string KeyOf(string conversationId) => KeyPrefix + ConversationReference.WithoutThread(conversationId);
}

/// <summary>Stored per install: when the bot was added.</summary>
public sealed record InstallationRecord(DateTimeOffset InstalledAt);
