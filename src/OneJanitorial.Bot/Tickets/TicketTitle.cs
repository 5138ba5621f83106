using System.Globalization;

namespace OneJanitorial.Bot.Tickets;

/// <summary>SOP Step 2 title: <c>Ticket Type — Company Name — Type of Service Issue — Cleaner Name — Billing Price</c>.</summary>
public static class TicketTitle
{
    public const string Separator = " — ";

    public static string Format(TicketType type, string company, string concern, string cleaner, decimal billingPrice) =>
        string.Join(Separator, type.Name(), Clean(company), Clean(concern), Clean(cleaner), FormatPrice(billingPrice));

    /// <summary>Like the SOP example ("$100"): whole dollars without cents, otherwise two decimals; thousands grouped.</summary>
    public static string FormatPrice(decimal price)
    {
        var rounded = Math.Round(price, 2, MidpointRounding.AwayFromZero);
        var format = rounded == decimal.Truncate(rounded) ? "#,##0" : "#,##0.00";
        return "$" + rounded.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>Collapses whitespace and line breaks so the title stays one searchable line.</summary>
    private static string Clean(string part) =>
        string.Join(' ', part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
