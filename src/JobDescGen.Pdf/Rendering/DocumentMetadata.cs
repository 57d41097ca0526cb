using System.Reflection;
using JobDescGen.Generation;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Rendering;

/// <summary>The document properties a viewer, a search index and a screen reader read.</summary>
internal sealed record DocumentMetadata(string Title, string Subject, string? Author, string Keywords, string Creator, string Language, DateTime Date)
{
    private static readonly string ToolVersion =
        (typeof(DocumentMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0")
            .Split('+')[0];

    public static DocumentMetadata From(GeneratedMarkdown document, PdfTheme theme)
    {
        var description = document.Description;
        var pack = document.Language;
        var kind = pack?.Label("document_kind") ?? "Job description";
        var locale = pack?.Labels.GetValueOrDefault("locale") ?? description.Language;
        string[] keywords = [description.Title, description.Level.Name, kind, .. description.ResultAreas.Select(a => a.Role)];
        return new DocumentMetadata(
            $"{description.Title} — {description.Level.Name}",
            kind,
            description.Organisation ?? theme.Author,
            string.Join(", ", keywords.Distinct(StringComparer.Ordinal)),
            $"jobdescgen {ToolVersion}",
            locale,

            // The profile's date (or SOURCE_DATE_EPOCH), never the clock: same input, same bytes.
            description.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }
}
