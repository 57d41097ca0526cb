using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobDescGen.Diffing;

/// <summary>
/// The diff as JSON for other tools (shape in README, "diff --format json"). Written with
/// <see cref="Utf8JsonWriter"/>, not reflection, so the trimmed native tool writes it too.
/// </summary>
public static class DiffJsonWriter
{
    /// <summary>The version of the JSON shape; raised when a field changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The JSON document of <paramref name="diff"/>, indented, UTF-8, ending in a newline.</summary>
    public static string Write(LevelDiff diff)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("profile", diff.ProfileId);
            json.WriteString("language", diff.Language);
            Level(json, "from", diff.From);
            Level(json, "to", diff.To);
            json.WritePropertyName("purpose");
            Item(json, null, diff.Purpose);
            Items(json, "criteria", "criterion", diff.Criteria);
            Items(json, "areas", "area", diff.Areas);
            json.WriteStartArray("tasks");
            foreach (var task in diff.Tasks)
            {
                json.WriteStartObject();
                json.WriteString("area", task.AreaId);
                json.WriteString("name", task.AreaName);
                json.WriteString("text", task.Text);
                json.WriteString("status", DiffStatusNames.Of(task.Status));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Items(json, "definitions", "definition", diff.Definitions);
            json.WriteEndObject();
        }

        return Diagnostics.ControlCharacters.EscapeBidiInJson(Encoding.UTF8.GetString(stream.ToArray())) + "\n";
    }

    private static void Level(Utf8JsonWriter json, string name, Resolving.ResolvedLevel level)
    {
        json.WriteStartObject(name);
        json.WriteString("id", level.Id);
        json.WriteString("name", level.Name);
        json.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter json, string name, string idName, IReadOnlyList<TextChange> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            Item(json, idName, item);
        }

        json.WriteEndArray();
    }

    private static void Item(Utf8JsonWriter json, string? idName, TextChange item)
    {
        json.WriteStartObject();
        if (idName is not null)
        {
            json.WriteString(idName, item.Id);
            json.WriteString("name", item.Name);
        }

        json.WriteString("from", item.From);
        json.WriteString("to", item.To);
        json.WriteString("status", DiffStatusNames.Of(item.Status));
        json.WriteStartArray("words");
        foreach (var word in item.Words)
        {
            json.WriteStartObject();
            json.WriteString("op", word.Kind switch { WordChangeKind.Inserted => "insert", WordChangeKind.Deleted => "delete", _ => "equal" });
            json.WriteString("text", word.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
