using JobDescGen.Diagnostics;
using JobDescGen.Marking;
using JobDescGen.Resolving;

namespace JobDescGen.Generation;

/// <summary>One generated job description: the data it came from, the rendered and marked document (null on failure) and the diagnostics.</summary>
public sealed record GeneratedDocument(
    LevelDescription Description,
    RenderedDocument? Document,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the document was rendered.</summary>
    public bool Succeeded => Document is not null;

    /// <summary>The Markdown the template produced, or null on failure.</summary>
    public string? Markdown => Document?.Markdown;

    /// <summary>The rendered document; throws when rendering failed (check <see cref="Succeeded"/> first).</summary>
    public RenderedDocument Required => Document ?? throw new InvalidOperationException("the document failed to render");
}
