namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A fact that needs root: it makes files immutable (<c>chattr +i</c>, <see cref="ReadOnlyFile"/>) under a running bot,
/// which then cannot write through the files it has open. A file mode (all a non-root user can change) does not stop
/// writes through open files, so without root the test is reported skipped, not passed.
/// </summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Skip = "Needs root: chattr +i is the only way here to make a file the running bot has open unwritable.";
        }
    }
}
