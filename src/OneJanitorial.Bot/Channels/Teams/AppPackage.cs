using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// The Teams app package: <c>manifest/manifest.json</c> with the app id filled in, and the two icons it names,
/// zipped flat (Teams rejects a package whose files sit in a folder).
/// </summary>
public static class AppPackage
{
    public const string SourceFolder = "manifest";
    public const string ManifestFileName = "manifest.json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // the file is read by Teams, not embedded in HTML
    };

    /// <summary>An app id as the manifest schema wants it: a dashed GUID, and not the all-zero one. Null otherwise.</summary>
    public static Guid? ParseAppId(string? value) =>
        Guid.TryParseExact(value?.Trim(), "D", out var id) && id != Guid.Empty ? id : null;

    /// <summary>Zips the package from <paramref name="manifestDirectory"/> into <paramref name="output"/>.</summary>
    public static async Task WriteAsync(string manifestDirectory, Guid appId, Stream output, CancellationToken cancellationToken)
    {
        var manifest = await ReadManifestAsync(Path.Combine(manifestDirectory, ManifestFileName), cancellationToken);
        FillAppId(manifest, appId);
        var icons = IconsOf(manifest);

        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await using (var entry = await zip.CreateEntry(ManifestFileName).OpenAsync(cancellationToken))
        {
            await using var writer = new Utf8JsonWriter(entry, WriterOptions);
            manifest.WriteTo(writer);
        }
        foreach (var icon in icons)
        {
            await zip.CreateEntryFromFileAsync(Path.Combine(manifestDirectory, icon), icon, cancellationToken);
        }
    }

    /// <summary>Puts the app id where Teams looks for it: the app id, the bot id and, for SSO, the Entra app id.</summary>
    public static void FillAppId(JsonObject manifest, Guid appId)
    {
        var id = appId.ToString("D");
        manifest["id"] = id;
        if (manifest["bots"] is JsonArray { Count: > 0 } bots && bots[0] is JsonObject bot)
        {
            bot["botId"] = id;
        }
        if (manifest["webApplicationInfo"] is JsonObject webApp)
        {
            webApp["id"] = id;
        }
    }

    private static async Task<JsonObject> ReadManifestAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Teams manifest not found at {path}", path);
        }
        await using var stream = File.OpenRead(path);
        var node = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken);
        return node as JsonObject ?? throw new InvalidDataException($"{path} is not a JSON object");
    }

    /// <summary>The icon files the manifest names; each must be a plain file name beside it.</summary>
    private static string[] IconsOf(JsonObject manifest)
    {
        string[] names = [(string?)manifest["icons"]?["color"] ?? "", (string?)manifest["icons"]?["outline"] ?? ""];
        foreach (var name in names)
        {
            if (name.Length == 0 || name != Path.GetFileName(name))
            {
                throw new InvalidDataException($"manifest icons must name files beside manifest.json, got '{name}'");
            }
        }
        return names;
    }
}
