using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class CsvRecordsTests
{
    [Theory]
    [InlineData("a,b,c\n1,2,3\n", "1:a|b|c;2:1|2|3")]
    [InlineData("a,b\r\n1,2", "1:a|b;2:1|2")]
    [InlineData("\"a,b\",c", "1:a,b|c")]
    [InlineData("\"x\ny\",z\r\nn,m", "1:x\ny|z;3:n|m")]
    [InlineData("\"x\r\ny\",z\nn,m", "1:x\ny|z;3:n|m")]
    [InlineData("\"say \"\"hi\"\"\",x", "1:say \"hi\"|x")]
    [InlineData(",,", "1:||")]
    [InlineData("\"\",a", "1:|a")]
    [InlineData("a\n\n\nb\n", "1:a;4:b")]
    [InlineData("\uFEFFid,name", "1:id|name")]
    public void Read_Rfc4180Input_RecordsWithStartLines(string csv, string expected)
    {
        var (records, malformed) = CsvRecords.Read(new StringReader(csv));

        Assert.Empty(malformed);
        Assert.Equal(expected, string.Join(";", records.Select(r => $"{r.Line}:{string.Join("|", r.Fields)}")));
    }

    [Theory]
    [InlineData("a,b\n\"abc,d", 2, "never closed")]
    [InlineData("ab\"c,d", 1, "quote inside an unquoted field")]
    [InlineData("x\n\"ab\"c,d", 2, "text after a closing quote")]
    public void Read_MalformedQuotes_FaultWithLine(string csv, int line, string message)
    {
        var fault = Assert.Single(CsvRecords.Read(new StringReader(csv)).Malformed);

        Assert.Equal(line, fault.Line);
        Assert.Contains(message, fault.Reason);
    }
}
