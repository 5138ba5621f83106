namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>A kind of value a question asks for that an answer must state (<see cref="ExpectedValue"/>).</summary>
public enum AskedValue
{
    None,
    ClockTime,
    Money,
    ContactDetail,
}
