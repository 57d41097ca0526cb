using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JobDescGen.Diagnostics;

namespace JobDescGen.Building;

/// <summary>
/// The machine-readable report of <c>build --json</c>: mode, success, counts per status, the
/// manifest's status, every file with its status, and every diagnostic with its location.
/// </summary>
public static class BuildReportSerializer
{
    /// <summary>The version of the report's shape: raised when a field changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The statuses, as counted in the report (camelCase names).</summary>
    public static IReadOnlyList<DocumentStatus> Statuses { get; } = Enum.GetValues<DocumentStatus>();

    /// <summary>The report as indented JSON, ending in a newline.</summary>
    public static string Serialize(BuildResult result, TimeSpan elapsed)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("mode", result.Mode == BuildMode.Check ? "check" : "build");
            json.WriteBoolean("succeeded", result.Succeeded);
            json.WriteString("toolVersion", result.ToolVersion);
            json.WriteNumber("elapsedMs", Math.Round(elapsed.TotalMilliseconds));
            json.WriteStartObject("counts");
            foreach (var status in Statuses)
            {
                json.WriteNumber(Name(status), result.Count(status));
            }

            json.WriteEndObject();
            json.WriteString("manifest", JsonNamingPolicy.CamelCase.ConvertName(result.Manifest.ToString()));
            json.WriteStartArray("failedProfiles");
            foreach (var folder in result.FailedProfiles)
            {
                json.WriteStringValue(folder);
            }

            json.WriteEndArray();
            json.WriteStartArray("files");
            foreach (var file in result.Files)
            {
                WriteFile(json, file);
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                DiagnosticJson.Write(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Diagnostics.ControlCharacters.EscapeBidiInJson(Encoding.UTF8.GetString(buffer.ToArray())) + "\n";
    }

    /// <summary>The JSON name of a status (<c>upToDate</c>).</summary>
    public static string Name(DocumentStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static void WriteFile(Utf8JsonWriter json, DocumentResult file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteString("status", Name(file.Status));
        json.WriteString("profile", file.Profile);
        json.WriteString("level", file.Level);
        json.WriteString("language", file.Language);
        json.WriteString("format", file.Format);
        json.WriteString("kind", file.Kind is { } kind ? ManifestSerializer.KindName(kind) : null);
        if (file.Entry is { } entry)
        {
            json.WriteNumber("size", entry.Size);
            json.WriteString("sha256", entry.Sha256);
        }

        json.WriteEndObject();
    }
}
