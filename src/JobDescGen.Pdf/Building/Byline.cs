using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JobDescGen.Pdf.Building;

/// <summary>
/// Recognises the line under the title ("Versie 2 · Datum 1 maart 2026"): a short paragraph of one
/// line directly after it. Anything longer is an introduction and stays body text.
/// </summary>
internal static class Byline
{
    private const int MaxLength = 160;

    public static ParagraphBlock? Of(Block next) =>
        // Markdig empties a paragraph's source lines once inlines are parsed: a line break inline tells a second line.
        next is ParagraphBlock paragraph
        && Plain(paragraph.Inline).Length <= MaxLength
        && paragraph.Inline?.Descendants<LineBreakInline>().Any() != true
            ? paragraph
            : null;

    private static string Plain(ContainerInline? inlines) =>
        inlines is null ? string.Empty : string.Concat(inlines.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
