using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>The JSON reports of <c>validate --json</c> and <c>list --json</c>: indented, '\n' line ends, text as is (no \u escapes for accents).</summary>
public static class JsonOutput
{
    /// <summary>The version of the reports' shape: raised when a field changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    /// <summary>One JSON object, starting with <c>schemaVersion</c>, whose other members <paramref name="members"/> writes; ends in a newline.</summary>
    public static string Object(Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            members(json);
            json.WriteEndObject();
        }

        return JobDescGen.Diagnostics.ControlCharacters.EscapeBidiInJson(Encoding.UTF8.GetString(buffer.ToArray())) + "\n";
    }
}
