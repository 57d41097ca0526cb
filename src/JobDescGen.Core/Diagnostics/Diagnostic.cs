namespace JobDescGen.Diagnostics;

/// <summary>One problem found in the input, with where it is and what to do about it.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What to do about it, when there is something useful to say.</param>
/// <param name="YamlPath">The path of the node inside the document (for example <c>result_areas[2].tasks</c>).</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    SourceLocation Location,
    string Message,
    string? Hint = null,
    string? YamlPath = null)
{
    /// <summary>The first line of the diagnostic as printed: <c>file:line:column: error: message</c>.</summary>
    public string Headline =>
        $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
