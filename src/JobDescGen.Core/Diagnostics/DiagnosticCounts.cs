namespace JobDescGen.Diagnostics;

/// <summary>Counting errors in any list of diagnostics.</summary>
public static class DiagnosticCounts
{
    /// <summary>How many of <paramref name="diagnostics"/> are errors.</summary>
    public static int ErrorCount(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}
