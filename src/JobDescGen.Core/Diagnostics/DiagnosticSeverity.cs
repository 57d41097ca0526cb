namespace JobDescGen.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input can be used but something looks wrong.</summary>
    Warning,

    /// <summary>The input cannot be used until fixed.</summary>
    Error,
}
