namespace JobDescGen.Diagnostics;

/// <summary>Counting errors in any list of diagnostics.</summary>
public static class DiagnosticCounts
{
    /// <summary>How many of <paramref name="diagnostics"/> are errors.</summary>
    public static int ErrorCount(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>True when any of <paramref name="diagnostics"/> is an error.</summary>
    public static bool HasErrors(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
