namespace OneJanitorial.Bot.Sop.Ingestion;

/// <summary>Reads a knowledge file by its extension; other files are not knowledge and are skipped.</summary>
public static class DocumentLoader
{
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".txt", ".html", ".htm", ".docx", ".pdf" };

    public static bool IsKnowledgeFile(string path) =>
        Extensions.Contains(Path.GetExtension(path)) && !Path.GetFileName(path).StartsWith('.');

    public static ParsedDocument Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".docx":
            {
                using var stream = File.OpenRead(path);
                return DocxDocumentReader.Read(stream);
            }
            case ".pdf":
            {
                using var stream = File.OpenRead(path);
                return PdfDocumentReader.Read(stream);
            }
        }
        var text = File.ReadAllText(path);
        return extension switch
        {
            ".md" or ".markdown" => MarkdownDocumentReader.Read(text),
            ".html" or ".htm" => HtmlDocumentReader.Read(text),
            _ => PlainTextDocumentReader.Read(text),
        };
    }
}
