using System.Text.Json;

namespace JobDescGen.Diagnostics;

/// <summary>
/// One diagnostic in the JSON reports (<c>validate --json</c>, <c>build --json</c>): file, line,
/// column (null for a problem with a whole file), severity, code, message, hint (null when none),
/// and yamlPath when known.
/// </summary>
public static class DiagnosticJson
{
    /// <summary>Writes <paramref name="diagnostic"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("file", diagnostic.Location.File);
        if (diagnostic.Location.HasPosition)
        {
            json.WriteNumber("line", diagnostic.Location.Line);
            json.WriteNumber("column", diagnostic.Location.Column);
        }
        else
        {
            json.WriteNull("line");
            json.WriteNull("column");
        }

        json.WriteString("severity", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        json.WriteString("code", DiagnosticCode.Of(diagnostic));
        json.WriteString("message", diagnostic.Message);
        json.WriteString("hint", diagnostic.Hint);
        if (diagnostic.YamlPath is not null)
        {
            json.WriteString("yamlPath", diagnostic.YamlPath);
        }

        json.WriteEndObject();
    }
}
