using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// The value a question asks for, when it asks for one a passage either states or does not: a clock time ("what time
/// is …", "what hours does … cover"), an amount of money ("what is the price of …", "is there a fee …", "how much does
/// … cost", "what's the fine for …", a wage or salary; "is it fine for …" asks none) or a contact detail (a phone
/// number, an email address). A question asking for one that none of its best hits states is not answered by them, however many of its words they hold: "what is the price for a window
/// cleaning extra" finds the extra-service ticket type, which names no price. Durations ("how long", "1–2 hours") are
/// not clock times, and "how much" alone asks for an amount of anything.
/// </summary>
public static partial class ExpectedValue
{
    public static AskedValue Asked(string question) =>
        ContactAsked().IsMatch(question) ? AskedValue.ContactDetail
        : ClockTimeAsked().IsMatch(question) ? AskedValue.ClockTime
        : MoneyAsked().IsMatch(question) ? AskedValue.Money
        : AskedValue.None;

    /// <summary>True when the text states a value of the kind (any text states <see cref="AskedValue.None"/>).</summary>
    public static bool States(AskedValue value, string text) => value switch
    {
        AskedValue.ClockTime => ClockTime().IsMatch(text),
        AskedValue.Money => Money().IsMatch(text),
        AskedValue.ContactDetail => Contact().IsMatch(text),
        _ => true,
    };

    [GeneratedRegex(@"\b(phone|cell|mobile|contact|fax)\s+(number|no|#)|\bnumber\s+(for|to\s+call)\b|\bemail\s+address|\bmailing\s+address", RegexOptions.IgnoreCase)]
    private static partial Regex ContactAsked();

    [GeneratedRegex(@"\b(what|which)\s+(time|hours)\s+(is|are|does|do|did|should|will|would|can)\b|\bat\s+what\s+time\b|\bwhat\s+time\s+of\s+day\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTimeAsked();

    [GeneratedRegex(@"\b(price|pricing|fee|fees|rate|cost)\s+(of|for|to)\b|\b(is|are)\s+there\s+(a|any)\s+(fee|charge|cost)|\bhow\s+much\s+(is|are|does|do|did|should|would|will|can)\b.*\b(cost|costs|charge|charged|pay|paid|price|bill|billed)\b|\b(what|how\s+much)\s+(do|does|did|should|would|will)\s+(we|they|you|i|\w+)\s+charge\b|\b(the|a|any)\s+(fine|fines|penalty|penalties)\s+(for|of|if|when|on)\b|\b(wage|wages|salary|salaries|hourly\s+rate|pay\s+rate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyAsked();

    [GeneratedRegex(@"\b\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\bnoon\b|\bmidnight\b|\b\d{1,2}:\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"[$€£]\s*\d|\b\d[\d,.]*\s*(dollars|usd|cents)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b\d{3}[.-]\d{4}\b|[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex Contact();
}
