using JobDescGen.Diagnostics;

namespace JobDescGen.Writing;

/// <summary>
/// A writer cannot make the document for a reason the user can fix (a PDF theme whose sizes leave
/// no room for a table row, say). It carries a located diagnostic: the caller reports it like any
/// other, with exit code 1, not as a bug.
/// </summary>
public sealed class DocumentWriteException(Diagnostic diagnostic, Exception? inner = null) : Exception(diagnostic.Message, inner)
{
    /// <summary>What went wrong, where (the theme file, say), and what to do.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;
}
