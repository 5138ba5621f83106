using OneJanitorial.Bot.Views.Forms;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// The twenty master note fields of SOP Step 4 in three short steps: the issue, the cleaner call, follow-up.
/// The intake and "edit master note" use the same fields (<see cref="MasterNoteForm"/>).
/// </summary>
public static class MasterNoteCards
{
    public const int Parts = 3;

    public static string Title(int part) => part switch
    {
        1 => "Master note 1/3 — Issue",
        2 => "Master note 2/3 — Cleaner call",
        _ => "Master note 3/3 — Fix and follow-up",
    };

    /// <summary>The fields of one part; <paramref name="zone"/> is the time zone the follow-up time is read in.</summary>
    public static IEnumerable<Views.Block> Body(int part, CardFields f, TimeZoneInfo zone) => MasterNoteForm.Part(part, zone).Render(f);
}
