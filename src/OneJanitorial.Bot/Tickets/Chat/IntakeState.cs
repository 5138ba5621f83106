using System.Text.Json.Serialization;
using OneJanitorial.Bot.Views.Forms;

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
/// One intake in progress: the card it is at and the typed <see cref="Draft"/> of what the CSR entered. So that back,
/// errors and resume re-show exactly what was typed, <see cref="Entered"/> keeps the CSR's own text of each input the
/// draft does not show that way: an entry that cannot be read (shown again with its error) or one written another way
/// ("$1,250.50"). <see cref="Errors"/> are the server's messages for the current card, keyed by input id
/// (<see cref="IntakeFields.FormError"/> for the card as a whole).
/// </summary>
public sealed record IntakeState(IntakeStep Step)
{
    private static readonly IReadOnlyDictionary<string, string> Nothing = new Dictionary<string, string>();

    /// <summary>This intake's own id, set when it begins (null in intakes saved before): its ticket's intake key.</summary>
    public string? Id { get; init; }

    public IntakeDraft Draft { get; init; } = new();

    public IReadOnlyDictionary<string, string> Entered { get; init; } = Nothing;

    public IReadOnlyDictionary<string, string>? Errors { get; init; }

    public TicketPlan? Plan { get; init; }

    public IReadOnlyList<PlanOverride>? Overrides { get; init; }

    /// <summary>
    /// Intakes saved before the typed draft kept every input as its text, by input id. Such a state still loads: the
    /// texts are read into <see cref="Draft"/> and <see cref="Entered"/>. Never written.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("values")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal IReadOnlyDictionary<string, string>? SavedTexts
    {
        get => null;
        init
        {
            if (value is not null)
            {
                (Draft, Entered) = Read(value);
            }
        }
    }

    /// <summary>A state at <paramref name="step"/> with <paramref name="texts"/> entered (by input id), as a submit of every input would leave it.</summary>
    public static IntakeState FromTexts(IntakeStep step, IReadOnlyDictionary<string, string> texts)
    {
        var (draft, entered) = Read(texts);
        return new IntakeState(step) { Draft = draft, Entered = entered };
    }

    /// <summary>The state with <paramref name="texts"/> entered in <paramref name="fields"/>; <paramref name="form"/> collects what cannot be read.</summary>
    public IntakeState Enter(IReadOnlyList<FormSpec<IntakeDraft>> fields, IReadOnlyDictionary<string, string> texts, FormReader form)
    {
        var draft = fields.Read(form, Draft);
        var entered = Entered.Where(e => fields.All(f => f.Id != e.Key)).ToDictionary(StringComparer.Ordinal);
        foreach (var (id, text) in fields.Unshown(draft, texts))
        {
            entered[id] = text;
        }
        return this with { Draft = draft, Entered = entered };
    }

    /// <summary>The state with <paramref name="draft"/>, whose values replace anything entered at <paramref name="written"/>.</summary>
    public IntakeState Write(IntakeDraft draft, params string[] written) =>
        this with { Draft = draft, Entered = Entered.Where(e => !written.Contains(e.Key)).ToDictionary(StringComparer.Ordinal) };

    /// <summary>What the input <paramref name="id"/> shows: the CSR's own text, else the draft's value.</summary>
    public string? Shown(string id) => Entered.GetValueOrDefault(id) ?? IntakeTable.All(IntakeForm.Zone(Draft)).FirstOrDefault(f => f.Id == id)?.Get(Draft);

    /// <summary>The inputs pre-filled as the CSR left them, each with its error.</summary>
    public CardFields Fields()
    {
        var values = IntakeTable.All(IntakeForm.Zone(Draft)).Values(Draft);
        foreach (var (id, text) in Entered)
        {
            values[id] = text;
        }
        return new CardFields(values, Errors);
    }

    /// <summary>The plan as the CSR will create it: computed, then overridden.</summary>
    public TicketPlan? EffectivePlan(TicketIntake? intake) =>
        Plan is null || intake is null || Overrides is not { Count: > 0 } ? Plan : PlanOverrides.Apply(Plan, intake, Overrides).Plan;

    private static (IntakeDraft Draft, IReadOnlyDictionary<string, string> Entered) Read(IReadOnlyDictionary<string, string> texts)
    {
        var fields = IntakeTable.All(Conversation.TimeZones.Find(texts.GetValueOrDefault(IntakeFields.BuildingZone)) ?? TimeZoneInfo.Utc);
        var draft = fields.Read(new FormReader(texts), new IntakeDraft());
        return (draft, fields.Unshown(draft, texts));
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IntakeState))]
[JsonSerializable(typeof(NoteEditState))]
internal sealed partial class TicketChatJsonContext : JsonSerializerContext;
