using System.Globalization;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Number words and ordinals as digits, the way the manual writes them: "three" → "3", "twenty five" → "25",
/// "third" → "3rd", "twice" → "2x", "three times" → "3x", "twenty five dollars" → "$25". Applied alike to the manual and to questions.
/// </summary>
public static partial class NumberWords
{
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    private static readonly Dictionary<string, int> Values = BuildValues();

    public static string Normalize(string text)
    {
        text = Compound().Replace(text, m => (Values[m.Groups["tens"].Value.ToLowerInvariant()] + Values[m.Groups["unit"].Value.ToLowerInvariant()]).ToString(CultureInfo.InvariantCulture));
        text = Word().Replace(text, m => Values.TryGetValue(m.Value, out var n) ? n.ToString(CultureInfo.InvariantCulture)
            : Ordinals.TryGetValue(m.Value, out var o) ? Ordinal(o) : m.Value);
        text = Twice().Replace(text, "2x");
        text = Times().Replace(text, m => m.Groups[1].Value + "x");
        return Dollars().Replace(text, m => "$" + m.Groups[1].Value);
    }

    /// <summary>A number as the manual writes its ordinal: 3 → "3rd", 11 → "11th".</summary>
    public static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });

    private static Dictionary<string, int> BuildValues()
    {
        var values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Units.Length; i++)
        {
            values[Units[i]] = i;
        }
        for (var i = 2; i < Tens.Length; i++)
        {
            values[Tens[i]] = i * 10;
        }
        return values;
    }

    [GeneratedRegex(@"\b(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(?<unit>one|two|three|four|five|six|seven|eight|nine)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Compound();

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"\btwice\b", RegexOptions.IgnoreCase)]
    private static partial Regex Twice();

    [GeneratedRegex(@"\b(\d+)\s+times\b", RegexOptions.IgnoreCase)]
    private static partial Regex Times();

    // "25 dollars", "25 bucks" as the manual writes them: "$25".
    [GeneratedRegex(@"\b(\d+(?:[.,]\d+)?)\s+(?:dollars?|bucks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dollars();
}
