using JobDescGen.Diagnostics;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Preview;

/// <summary>One build of the preview: the document (null when the input has errors) and every diagnostic.</summary>
/// <param name="Document">The renderable document or comparison, or null.</param>
/// <param name="Diagnostics">Errors and warnings, in reading order.</param>
public sealed record PreviewFrame(IRenderable? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.HasErrors();
}
