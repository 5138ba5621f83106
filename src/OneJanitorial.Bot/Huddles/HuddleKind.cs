namespace OneJanitorial.Bot.Huddles;

/// <summary>The Service Manager's two coaching meetings (SOP "Morning + End-of-Day meetings").</summary>
public enum HuddleKind
{
    Morning,
    EndOfDay,
}
