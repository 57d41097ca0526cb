using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobDescGen.Explaining;

/// <summary>
/// Writes the variables a template receives (a Scriban object tree of strings, numbers, booleans,
/// nulls, objects and arrays) as JSON or YAML, keys in the order the template model defines them.
/// Written by hand over the writers' event APIs, not by reflection, so the trimmed native tool writes it too.
/// </summary>
public static class TemplateDataWriter
{
    /// <summary>The tree as indented JSON ending in a newline.</summary>
    public static string Json(IDictionary<string, object?> model)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(json, model);
        }

        return Diagnostics.ControlCharacters.EscapeBidiInJson(Encoding.UTF8.GetString(stream.ToArray())) + "\n";
    }

    /// <summary>The tree as a YAML document (block style; strings quoted where YAML would read them otherwise).</summary>
    public static string Yaml(IDictionary<string, object?> model)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        WriteYaml(emitter, model);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case IDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteJson(json, item);
                }

                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteYaml(IEmitter emitter, object? value)
    {
        switch (value)
        {
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
            case string text:
                // Quoted unless plain text reads back as the same string (not a number, bool, null or date).
                emitter.Emit(new Scalar(null, null, text, NeedsQuotes(text) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
                break;
            case bool flag:
                emitter.Emit(new Scalar(null, null, flag ? "true" : "false", ScalarStyle.Plain, true, false));
                break;
            case int number:
                emitter.Emit(new Scalar(null, null, number.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain, true, false));
                break;
            case IDictionary<string, object?> map:
                emitter.Emit(new MappingStart());
                foreach (var (key, item) in map)
                {
                    emitter.Emit(new Scalar(key));
                    WriteYaml(emitter, item);
                }

                emitter.Emit(new MappingEnd());
                break;
            case IEnumerable list:
                emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
                foreach (var item in list)
                {
                    WriteYaml(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                WriteYaml(emitter, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static bool NeedsQuotes(string text) =>
        text.Length == 0
        || text is "null" or "Null" or "NULL" or "~" or "true" or "false" or "True" or "False" or "yes" or "no" or "on" or "off"
        || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
}
