using JobDescGen.Diagnostics;
using JobDescGen.Marking;
using JobDescGen.Writing;

namespace JobDescGen.Validation;

/// <summary>
/// For <c>validate</c>: writes a document with each writer that lays out pages itself (one that
/// draws with fonts of its own, <see cref="Formats.ICharacterCoverage"/>: the PDF) and keeps the
/// errors that only laying out finds, such as a title too tall for a page, which passed
/// <c>validate</c> and failed <c>generate</c>. The bytes are dropped. Word and HTML leave layout to
/// the program that opens them, so they are not written.
/// </summary>
/// <remarks>
/// A whole PDF is written (layout alone is not reachable from here), about 17 ms of CPU each in a
/// Debug build: every level of 100 profiles made validate 3.5 times slower. So one document per
/// profile and language is laid out: what never splits over pages (the title block, headings, a
/// table's header row) is the same text in every level but for the level's name in the title, so
/// the level with the longest name stands for them all.
/// </remarks>
public static class LayoutCheck
{
    /// <summary>The level of <paramref name="profile"/> whose document is laid out in <paramref name="language"/>: the one with the longest name (the last such).</summary>
    public static Model.LevelVariant LevelToLayOut(Model.RoleProfile profile, string language) =>
        profile.Levels.OrderBy(l => profile.Catalogue.Find(l.LevelId)?.DisplayName(language).Length ?? 0).Last(); // a stable sort: the last of the longest

    /// <summary>
    /// The layout errors of <paramref name="document"/>, each new one (by the writer's own
    /// diagnostic, added to <paramref name="seen"/>) naming <paramref name="subject"/>, the level
    /// file it was made from; the same problem in the next level is reported once.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<IDocumentWriter> writers, RenderedDocument document, string subject, ISet<Diagnostic> seen)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var writer in writers)
        {
            try
            {
                writer.Write(document);
            }
            catch (DocumentWriteException exception) when (seen.Add(exception.Diagnostic))
            {
                var found = exception.Diagnostic;
                diagnostics.Add(found with { Message = $"{found.Message} (in the {writer.Format.ToUpperInvariant()} of {subject})" });
            }
            catch (DocumentWriteException)
            {
                // Reported for an earlier level already.
            }
        }

        return diagnostics;
    }
}
