namespace OneJanitorial.Bot.Surveys;

/// <summary>What a CSR enters for a survey call: the client (company and building), the rating 1–10 and notes. Rating 0 until entered.</summary>
public sealed record SurveyCall(string Company, string Building, int Rating, string? Notes)
{
    public static SurveyCall Empty { get; } = new("", "", 0, null);

    /// <summary>A rating of 5 or below is a Survey Correction ticket (SOP Survey Calls).</summary>
    public bool NeedsCorrection => Rating is >= 1 and <= SurveyRules.CorrectionMaxRating;
}
