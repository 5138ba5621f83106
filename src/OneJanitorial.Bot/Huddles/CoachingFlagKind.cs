namespace OneJanitorial.Bot.Huddles;

/// <summary>What the Service Manager coaches on, from the SOP's "Coach When You See" list as issue 12 spells it out.</summary>
public enum CoachingFlagKind
{
    ChecklistNotVerified,
    NoBucket,
    TitleParts,
    NoFollowUp,
    NoConsequence,
    MasterNoteIncompleteAtPendingClose,
    RecapNotSent,
    ReviewStatusMissingAtClose,
}
