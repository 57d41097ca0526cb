using System.Globalization;
using JobDescGen.Html.Body;
using JobDescGen.Marking;
using Scriban.Runtime;

namespace JobDescGen.Html.Page;

/// <summary>
/// The variables of the page template. Text values are already escaped for HTML (text and
/// attribute values alike), so they can go anywhere; <c>style</c>, <c>title_block</c> and
/// <c>content</c> are markup and go in as they are.
/// </summary>
internal sealed class PageModel
{
    /// <summary>Every variable name, for error hints and the README.</summary>
    public static readonly string[] Names =
    [
        "lang", "language", "title", "subject", "keywords", "author", "date", "header_text", "footer_text",
        "labels", "style", "logo", "title_block", "content",
    ];

    private PageModel(ScriptObject globals) => Globals = globals;

    /// <summary>The variables as Scriban sees them.</summary>
    public ScriptObject Globals { get; }

    /// <summary>
    /// A page with a value in every variable and every label of <paramref name="labelKeys"/>, to
    /// try a template out before any document exists.
    /// </summary>
    public static PageModel Sample(IEnumerable<string> labelKeys) => Create(
        new Dictionary<string, string> { ["lang"] = "nl-BE", ["language"] = "nl", ["title"] = "Title", ["subject"] = "Subject", ["keywords"] = "a, b", ["author"] = "Author", ["date"] = "2026-01-15", ["header_text"] = "Header", ["footer_text"] = "Footer" },
        labelKeys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, k => k, StringComparer.Ordinal),
        "body{}",
        "data:image/png;base64,",
        "<h1>Title</h1>",
        "<p>Content</p>");

    /// <summary>The page model of <paramref name="document"/> with its rendered <paramref name="body"/>.</summary>
    public static PageModel Build(RenderedDocument document, RenderedBody body, string style, string? logo)
    {
        var facts = document.Facts;
        var texts = new Dictionary<string, string>
        {
            ["lang"] = facts.Locale,
            ["language"] = facts.Language,
            ["title"] = facts.Title,
            ["subject"] = facts.Subject,
            ["keywords"] = string.Join(", ", facts.Keywords),
            ["date"] = facts.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["header_text"] = facts.HeaderText,
            ["footer_text"] = facts.FooterText,
        };
        if (facts.Author is { } author)
        {
            texts["author"] = author;
        }

        return Create(texts, document.Language.Labels, style, logo, body.TitleBlock, body.Content);
    }

    private static PageModel Create(
        IReadOnlyDictionary<string, string> texts,
        IReadOnlyDictionary<string, string> labels,
        string style,
        string? logo,
        string titleBlock,
        string content)
    {
        var globals = new ScriptObject();
        foreach (var (key, value) in texts)
        {
            globals[key] = HtmlEscaper.Escape(value);
        }

        // Present even when null, so 'if author' works under strict variables.
        globals.TryAdd("author", null);
        var escapedLabels = new ScriptObject();
        foreach (var (key, value) in labels)
        {
            escapedLabels[key] = HtmlEscaper.Escape(value);
        }

        globals["labels"] = escapedLabels;
        globals["style"] = style;
        globals["logo"] = logo;
        globals["title_block"] = titleBlock;
        globals["content"] = content;
        return new PageModel(globals);
    }
}
