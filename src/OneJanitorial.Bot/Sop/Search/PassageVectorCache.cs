using System.Security.Cryptography;
using System.Text;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Passage embeddings on disk, keyed by the SHA-256 of model id and passage text: a restart, or a re-index that changed
/// a few passages, embeds only what is new. One binary file, rewritten whole (via a temporary file) after new entries.
/// A missing or unreadable file is an empty cache.
/// </summary>
public sealed class PassageVectorCache(string path)
{
    private const int Version = 1;

    public string Path { get; } = path;

    public static string Key(string modelId, string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(modelId + "\n" + text)));

    public Dictionary<string, float[]> Load()
    {
        var entries = new Dictionary<string, float[]>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(Path));
            if (reader.ReadInt32() != Version)
            {
                return entries;
            }
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var vector = new float[reader.ReadInt32()];
                for (var j = 0; j < vector.Length; j++)
                {
                    vector[j] = reader.ReadSingle();
                }
                entries[key] = vector;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException)
        {
            // No cache yet, or a torn one: embed again.
        }
        return entries;
    }

    public void Save(IReadOnlyDictionary<string, float[]> entries)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var temporary = Path + "." + Environment.ProcessId + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(Version);
            writer.Write(entries.Count);
            foreach (var (key, vector) in entries)
            {
                writer.Write(key);
                writer.Write(vector.Length);
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }
        File.Move(temporary, Path, overwrite: true);
    }
}
