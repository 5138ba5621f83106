using CsvHelper;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// RFC 4180 CSV through CsvHelper: comma-separated fields, CRLF or LF line ends, double-quoted fields that may hold
/// commas, line breaks (read as \n) and doubled quotes; values as written (no trimming). Blank lines are skipped.
/// A record with malformed quoting is not returned but reported with the line it starts on.
/// </summary>
public static class CsvRecords
{
    public static CsvReadResult Read(TextReader text)
    {
        var malformed = new List<ImportReject>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            HasHeader = false,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => malformed.Add(new ImportReject((int)record.LineNumber, Describe(record.Reason))),
        };
        var records = new List<CsvRecord>();
        using var reader = CsvReader.Create(text, options, leaveOpen: true);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i).ReplaceLineEndings("\n");
            }
            records.Add(new CsvRecord((int)reader.LineNumber, fields));
        }
        return new CsvReadResult(records, malformed);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the whole field and double the quote)",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote (quotes inside a field must be doubled)",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        _ => $"malformed CSV ({reason})",
    };
}
