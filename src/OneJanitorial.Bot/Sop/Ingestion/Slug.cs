using System.Text;

namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>GitHub-style heading anchors: lower case, letters/digits kept, spaces to hyphens, the rest dropped.</summary>
public static class Slug
{
    public static string From(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }
        return builder.Length == 0 ? "section" : builder.ToString();
    }
}
