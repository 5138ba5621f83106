using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Conversation;

/// <summary>
/// Which feature answers each button verb, built once from the features' <see cref="ChatFeature.Verbs"/>. A verb two
/// features list, or one the core answers itself, stops the bot at start with both names.
/// </summary>
internal sealed class VerbRoutes
{
    private const string Core = "the core";

    private readonly Dictionary<string, ChatFeature> _owners = new(StringComparer.Ordinal);

    public VerbRoutes(IEnumerable<ChatFeature> features, IReadOnlyCollection<Verb> coreVerbs)
    {
        var claimed = coreVerbs.ToDictionary(v => v.Name, _ => Core, StringComparer.Ordinal);
        foreach (var feature in features)
        {
            foreach (var verb in feature.Verbs)
            {
                if (!claimed.TryAdd(verb.Name, feature.Name))
                {
                    throw new InvalidOperationException($"The verb '{verb}' is claimed by {claimed[verb.Name]} and by {feature.Name}; each verb has one owner.");
                }
                _owners[verb.Name] = feature;
            }
        }
    }

    /// <summary>The feature that answers <paramref name="verb"/>; null for an unknown verb (e.g. on a card from an older version).</summary>
    public ChatFeature? OwnerOf(string? verb) => verb is not null && _owners.TryGetValue(verb, out var owner) ? owner : null;
}
