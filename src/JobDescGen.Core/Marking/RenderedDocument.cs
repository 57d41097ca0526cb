using JobDescGen.Rendering;
using JobDescGen.Resolving;
using Markdig.Syntax;

namespace JobDescGen.Marking;

/// <summary>
/// One job description ready for every writer: the Markdown the template produced, parsed once into
/// the Markdig AST with its meaning attached (<see cref="BlockMarks"/>, <see cref="ReferenceMarkInline"/>),
/// and the document facts. Writers only read it, so one instance serves every format of a build.
/// </summary>
public sealed class RenderedDocument
{
    internal RenderedDocument(LevelDescription description, LanguagePack language, string markdown, MarkdownDocument ast)
    {
        Description = description;
        Language = language;
        Markdown = markdown;
        Ast = ast;
        Facts = DocumentFacts.From(description, language);
    }

    /// <summary>The resolved data the template rendered.</summary>
    public LevelDescription Description { get; }

    /// <summary>The labels of the document's language ("Doel", "Pagina {page} van {pages}").</summary>
    public LanguagePack Language { get; }

    /// <summary>The Markdown the template produced, tidied.</summary>
    public string Markdown { get; }

    /// <summary>The Markdown parsed once, with marks on its blocks and reference marks among its inlines.</summary>
    public MarkdownDocument Ast { get; }

    /// <summary>Title, subject, keywords, author, language, header and footer.</summary>
    public DocumentFacts Facts { get; }

    /// <summary>The label for <paramref name="key"/> in the document's language.</summary>
    public string Label(string key) => Language.Label(key);

    /// <summary>The page-number text for a page ("Pagina 2 van 5").</summary>
    public string PageLabel(int page, int pages) => Language.PageLabel(page, pages);

    /// <summary>Parses and marks <paramref name="markdown"/>, rendered from <paramref name="description"/>.</summary>
    public static RenderedDocument Create(LevelDescription description, LanguagePack language, string markdown)
    {
        var ast = MarkdownAst.Parse(markdown);
        DocumentMarker.Mark(ast, description, language);
        return new RenderedDocument(description, language, markdown, ast);
    }
}
