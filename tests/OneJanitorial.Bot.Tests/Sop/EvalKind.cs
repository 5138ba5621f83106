namespace OneJanitorial.Bot.Tests.Sop;

/// <summary>How a CSR phrased an eval question; the eval reports each kind as its own row.</summary>
internal enum EvalKind
{
    Fact,
    Typo,
    Number,
    Situation,
    List,
}
