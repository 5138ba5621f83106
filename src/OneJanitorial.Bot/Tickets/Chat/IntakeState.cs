using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>The intake's cards, in the SOP's order (Step 1 → 1B → Step 2/3 plan → Step 4 master note → create).</summary>
public enum IntakeStep
{
    Review,
    Concern,
    Category,
    Scope,
    OutOfScope,
    Cleaner,
    Plan,
    Override,
    NoteIssue,
    NoteCall,
    NoteFollowUp,
    Confirm,
}

/// <summary>
/// One intake in progress. <see cref="Values"/> holds every input as the CSR entered it (keyed by input id, see
/// <see cref="IntakeFields"/>), so back, errors and resume re-show exactly what was typed; <see cref="IntakeForm"/>
/// turns them into the typed <see cref="TicketIntake"/> and <see cref="MasterNote"/>. <see cref="Errors"/> are the
/// server's messages for the current card, keyed by input id (<see cref="IntakeFields.FormError"/> for the card as a whole).
/// </summary>
public sealed record IntakeState(
    IntakeStep Step,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string>? Errors = null,
    TicketPlan? Plan = null,
    IReadOnlyList<PlanOverride>? Overrides = null)
{
    public string? Value(string id) => Values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public IntakeState With(IReadOnlyDictionary<string, string> more)
    {
        var values = new Dictionary<string, string>(Values, StringComparer.Ordinal);
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }
        return this with { Values = values };
    }

    /// <summary>The plan as the CSR will create it: computed, then overridden.</summary>
    public TicketPlan? EffectivePlan(TicketIntake? intake) =>
        Plan is null || intake is null || Overrides is not { Count: > 0 } ? Plan : PlanOverrides.Apply(Plan, intake, Overrides).Plan;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IntakeState))]
[JsonSerializable(typeof(NoteEditState))]
internal sealed partial class TicketChatJsonContext : JsonSerializerContext;
