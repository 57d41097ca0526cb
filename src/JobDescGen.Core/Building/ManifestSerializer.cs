using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobDescGen.Building;

/// <summary>
/// Reads and writes <c>manifest.json</c>. The bytes are stable: fixed property order, entries sorted
/// by path, two-space indent, '\n' line ends, no timestamps.
/// </summary>
public static class ManifestSerializer
{
    /// <summary>The manifest format's version, written first so a later format can be told apart.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest's bytes (UTF-8, ending in a newline).</summary>
    public static byte[] Serialize(BuildManifest manifest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("manifestVersion", SchemaVersion);
            json.WriteString("tool", "jobdescgen");
            json.WriteString("toolVersion", manifest.ToolVersion);
            json.WriteStartArray("files");
            foreach (var entry in manifest.Entries)
            {
                json.WriteStartObject();
                json.WriteString("path", entry.Path);
                json.WriteString("profile", entry.Profile);
                json.WriteString("level", entry.Level);
                json.WriteString("language", entry.Language);
                json.WriteString("format", entry.Format);
                json.WriteString("kind", KindName(entry.Kind));
                json.WriteNumber("size", entry.Size);
                json.WriteString("sha256", entry.Sha256);
                json.WriteString("inputs", entry.Inputs);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("profiles");
            foreach (var profile in manifest.Profiles)
            {
                json.WriteStartObject();
                json.WriteString("directory", profile.Directory);
                json.WriteString("id", profile.Id);
                json.WriteString("sources", profile.Sources);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a manifest; throws <see cref="FormatException"/> when the bytes are not one.</summary>
    public static BuildManifest Deserialize(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            var version = root.GetProperty("toolVersion").GetString() ?? string.Empty;
            var entries = root.GetProperty("files").EnumerateArray().Select(file => new ManifestEntry(
                Text(file, "path"),
                Text(file, "profile"),
                Text(file, "level"),
                Text(file, "language"),
                Text(file, "format"),
                file.GetProperty("size").GetInt64(),
                Text(file, "sha256"),
                Text(file, "inputs"),
                file.TryGetProperty("kind", out var kind) ? ParseKind(kind.GetString()) : DocumentKind.Level));
            var profiles = root.TryGetProperty("profiles", out var records)
                ? records.EnumerateArray().Select(p => new ProfileRecord(Text(p, "directory"), Text(p, "id"), Text(p, "sources"))).ToList()
                : [];
            return new BuildManifest(version, entries.ToList(), profiles);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"not a jobdescgen manifest: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// The manifest in <paramref name="outputDirectory"/>, or null when there is none. A damaged one
    /// counts as none (everything is rebuilt) and is reported in <paramref name="problem"/>.
    /// </summary>
    public static BuildManifest? TryRead(string outputDirectory, out string? problem)
    {
        problem = null;
        var path = Path.Combine(outputDirectory, BuildPlanner.ManifestFileName);
        if (Loading.Files.FileProbe.KindOf(path) == Loading.Files.FileKind.Missing)
        {
            return null;
        }

        if (OutputPathGuard.Check(outputDirectory, BuildPlanner.ManifestFileName) is { } refusal)
        {
            problem = refusal.Message;
            return null;
        }

        try
        {
            var manifest = Deserialize(File.ReadAllBytes(path));
            problem = Unsafe(manifest);
            return problem is null ? manifest : null;
        }
        catch (FormatException exception)
        {
            problem = exception.Message;
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = exception.Message;
            return null;
        }
    }

    // A manifest is a file anyone can edit: an entry that leads out of the folder, or the same path
    // twice, makes the whole manifest untrusted (everything is rebuilt; nothing is deleted).
    private static string? Unsafe(BuildManifest manifest)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in manifest.Entries)
        {
            var parts = entry.Path.Split('/', '\\');
            if (entry.Path.Length == 0 || Path.IsPathRooted(entry.Path) || parts.Any(p => p is "" or "." or ".."))
            {
                return $"the entry '{entry.Path}' is not a path inside the output folder";
            }

            if (!seen.Add(entry.Path))
            {
                return $"the entry '{entry.Path}' is listed twice";
            }
        }

        return null;
    }

    /// <summary>The manifest's and the report's name of a kind: <c>level</c> or <c>overview</c>.</summary>
    public static string KindName(DocumentKind kind) => kind == DocumentKind.Overview ? "overview" : "level";

    // Manifests written before overviews existed have no "kind": every file is a level's.
    private static DocumentKind ParseKind(string? name) => name switch
    {
        "level" => DocumentKind.Level,
        "overview" => DocumentKind.Overview,
        _ => throw new FormatException($"unknown kind '{name}'"),
    };

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null");
}
