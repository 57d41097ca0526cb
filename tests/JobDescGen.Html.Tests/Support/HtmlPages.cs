using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JobDescGen.Diagnostics;
using JobDescGen.Marking;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Support;

/// <summary>The bundled documents as HTML with the built-in theme and page template, and the HTML parsed back as a browser would.</summary>
internal static class HtmlPages
{
    private static readonly Lazy<HtmlDocumentWriter> BuiltIn = new(() => Writer(null));
    private static readonly ConcurrentDictionary<string, string> Pages = new(StringComparer.Ordinal);

    /// <summary>The built-in writer.</summary>
    public static HtmlDocumentWriter Writer() => BuiltIn.Value;

    /// <summary>A writer with the theme and page template of <paramref name="templates"/>; asserts it loads.</summary>
    public static HtmlDocumentWriter Writer(string? templates)
    {
        var diagnostics = new DiagnosticBag();
        var writer = HtmlDocumentWriter.Create(templates, diagnostics);
        Assert.True(writer is not null, string.Join("\n", diagnostics.Select(d => d.Headline)));
        return writer;
    }

    /// <summary>The HTML of a bundled level.</summary>
    public static string Html(string level) => Pages.GetOrAdd(level, l => Writer().Render(BundledDocuments.Document(l)));

    /// <summary>The HTML of <paramref name="document"/> with the built-in writer.</summary>
    public static string Html(RenderedDocument document) => Writer().Render(document);

    /// <summary>The page of a bundled level, parsed.</summary>
    public static IDocument Page(string level) => Parse(Html(level));

    /// <summary>Parses <paramref name="html"/> with an HTML5 parser.</summary>
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>What a reader sees of the page's body (header, main, footer), white space collapsed.</summary>
    public static string VisibleText(IDocument page) => TextNormalizer.Collapse(page.Body?.TextContent ?? string.Empty);
}
