using JobDescGen.Diagnostics;

namespace JobDescGen.Rendering;

/// <summary>The Markdown of one job description, or the diagnostics that prevented it.</summary>
public sealed record RenderResult(string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when Markdown was produced.</summary>
    public bool Succeeded => Markdown is not null;
}
