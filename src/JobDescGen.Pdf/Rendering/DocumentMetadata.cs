using System.Reflection;
using JobDescGen.Marking;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Rendering;

/// <summary>The document properties a viewer, a search index and a screen reader read.</summary>
internal sealed record DocumentMetadata(string Title, string Subject, string? Author, string Keywords, string Creator, string Language, DateTime Date)
{
    private static readonly string ToolVersion =
        (typeof(DocumentMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0")
            .Split('+')[0];

    public static DocumentMetadata From(RenderedDocument document, PdfTheme theme)
    {
        var facts = document.Facts;
        return new DocumentMetadata(
            facts.Title,
            facts.Subject,
            facts.Author ?? theme.Author,
            string.Join(", ", facts.Keywords),
            $"jobdescgen {ToolVersion}",
            facts.Locale,

            // The profile's date (or SOURCE_DATE_EPOCH), never the clock: same input, same bytes.
            facts.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }
}
