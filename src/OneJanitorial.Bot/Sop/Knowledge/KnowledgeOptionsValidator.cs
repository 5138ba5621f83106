using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>Fails start-up with a clear message when a configured knowledge path does not exist.</summary>
public sealed class KnowledgeOptionsValidator(IHostEnvironment environment) : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        var missing = options.Paths
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => KnowledgeBase.Resolve(environment.ContentRootPath, p))
            .Where(p => !Directory.Exists(p) && !File.Exists(p))
            .ToList();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Knowledge:Paths: not found: {string.Join(", ", missing)}");
    }
}
