using System.Text;

namespace OneJanitorial.Bot.Tickets;

/// <summary>One CSV record and the (1-based) line of the file it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

public sealed class CsvFormatException(int line, string message) : Exception($"line {line}: {message}")
{
    public int Line { get; } = line;
}

/// <summary>
/// An RFC 4180 reader: comma-separated fields, CRLF or LF line ends, double-quoted fields that may hold commas,
/// line breaks and doubled quotes. Blank lines are skipped. Malformed quoting throws <see cref="CsvFormatException"/>.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var line = 1;
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }
        while (reader.Peek() >= 0)
        {
            var start = line;
            var fields = ReadRecord(reader, ref line);
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                yield return new CsvRecord(start, fields);
            }
        }
    }

    private static List<string> ReadRecord(TextReader reader, ref int line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c == '"' && field.Length == 0)
            {
                ReadQuoted(reader, field, ref line);
                c = reader.Read();
                if (c is not (',' or '\r' or '\n' or -1))
                {
                    throw new CsvFormatException(line, "text after a closing quote (quotes inside a field must be doubled)");
                }
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                continue;
            }
            if (c is '\r' or '\n' or -1)
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                line += c == -1 ? 0 : 1;
                fields.Add(field.ToString());
                return fields;
            }
            if (c == '"')
            {
                throw new CsvFormatException(line, "a quote inside an unquoted field (quote the whole field and double the quote)");
            }
            field.Append((char)c);
        }
    }

    private static void ReadQuoted(TextReader reader, StringBuilder field, ref int line)
    {
        var openedOn = line;
        while (true)
        {
            var c = reader.Read();
            switch (c)
            {
                case -1:
                    throw new CsvFormatException(openedOn, "a quoted field is never closed");
                case '"' when reader.Peek() == '"':
                    reader.Read();
                    field.Append('"');
                    break;
                case '"':
                    return;
                case '\n':
                    line++;
                    field.Append('\n');
                    break;
                case '\r':
                    if (reader.Peek() == '\n')
                    {
                        reader.Read();
                    }
                    line++;
                    field.Append('\n');
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }
}
