namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Whether a payload's response_url is Slack's, checked before the bot posts to it: https on Slack's own
/// <see cref="SlackHost"/> (where Slack's response_urls live), or the configured Web API's origin (a fake Slack in
/// tests). Any other address is never called, so a payload cannot make the bot post anywhere else.
/// </summary>
public static class SlackResponseUrl
{
    public const string SlackHost = "hooks.slack.com";

    /// <summary>Slack takes a response_url this many times (within 30 minutes); a post after that is refused.</summary>
    public const int MaxUses = 5;

    public static bool IsSlacks(string? url, Uri apiBase) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.UserInfo.Length == 0
        && (IsSlacksHooksHost(uri) || Uri.Compare(uri, apiBase, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);

    private static bool IsSlacksHooksHost(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && uri.Host.Equals(SlackHost, StringComparison.OrdinalIgnoreCase);
}
