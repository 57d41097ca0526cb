using JobDescGen.Diagnostics;
using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Generation;

/// <summary>One rendered job description: the data it came from, its Markdown (null on failure) and the diagnostics.</summary>
public sealed record GeneratedMarkdown(
    LevelDescription Description,
    string? Markdown,
    IReadOnlyList<Diagnostic> Diagnostics,
    LanguagePack? Language = null)
{
    /// <summary>True when Markdown was produced.</summary>
    public bool Succeeded => Markdown is not null;
}
