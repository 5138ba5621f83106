namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// The SOP manual sections the ticket rules come from. Every decision the rules make carries one of these,
/// so a CSR (or a coach) can look up why the bot decided what it did.
/// </summary>
public static class SopRef
{
    public const string Step1B = "Step 1B — Verify Against Checklist";
    public const string Step2 = "Step 2 — Ticket Types & Labeling";
    public const string Step3 = "Step 3 — CRM & Ticket Field Updates";
    public const string Step3Priority = "Step 3 — Priority table";
    public const string ThreeStrike = "3-Strike Policy — Cleaner Accountability";
    public const string KpiClose = "KPIs — Tickets Closed Within 7 Days Max";
    public const string MissedCleans = "Missed Cleans Policy";
}

/// <summary>One decision the rules made: which rule, from which SOP section, and what it decided.</summary>
public sealed record RuleApplied(string Rule, string Sop, string Decision);
