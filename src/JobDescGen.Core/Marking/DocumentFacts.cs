using System.Globalization;
using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Marking;

/// <summary>
/// What every format says about a document outside its body: properties (title, subject, keywords,
/// author, language) and the header and footer text. Made from the data, not from the Markdown: a
/// user's template may put anything under its title.
/// </summary>
/// <param name="Title">The document title ("Leidinggevende — Niveau A1").</param>
/// <param name="Subject">The kind of document, from the labels ("Functiebeschrijving").</param>
/// <param name="Keywords">Role, level, kind and the roles of the result areas, without repeats.</param>
/// <param name="Author">The organisation, or null when the profile names none.</param>
/// <param name="Language">The document language code ("nl").</param>
/// <param name="Locale">The language with its region, from the labels ("nl-BE"), for PDF /Lang, DOCX and HTML.</param>
/// <param name="Date">The document date.</param>
/// <param name="HeaderText">The running header.</param>
/// <param name="FooterText">The footer's fixed part: version, date and organisation.</param>
public sealed record DocumentFacts(
    string Title,
    string Subject,
    IReadOnlyList<string> Keywords,
    string? Author,
    string Language,
    string Locale,
    DateOnly Date,
    string HeaderText,
    string FooterText)
{
    /// <summary>The facts of <paramref name="description"/> in the words of <paramref name="pack"/>.</summary>
    public static DocumentFacts From(LevelDescription description, LanguagePack pack)
    {
        string? Label(string key) => pack.Labels.GetValueOrDefault(key);
        // Profile texts write a literal asterisk as "\*" (ReferenceMarkRule); these places are not Markdown.
        static string Text(string text) => ReferenceMarkRule.AsText(text);
        var title = $"{Text(description.Title)} — {Text(description.Level.Name)}";
        var kind = Label("document_kind") ?? "Job description";
        string[] keywords = [Text(description.Title), Text(description.Level.Name), kind, .. description.ResultAreas.Select(a => Text(a.Role))];

        var parts = new List<string>();
        if (description.Version is { Length: > 0 } version)
        {
            parts.Add(Label("version") is { } v ? $"{v} {Text(version)}" : Text(version));
        }

        var date = pack.Months.Count == 12 ? pack.LongDate(description.Date) : description.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        parts.Add(Label("date") is { } d ? $"{d} {date}" : date);
        var author = description.Organisation is { } named ? Text(named) : null;
        if (author is { Length: > 0 })
        {
            parts.Add(author);
        }

        return new DocumentFacts(
            title,
            kind,
            [.. keywords.Distinct(StringComparer.Ordinal)],
            author,
            description.Language,
            Label("locale") ?? description.Language,
            description.Date,
            title,
            string.Join(" · ", parts));
    }
}
