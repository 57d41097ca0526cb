using System.Text.RegularExpressions;
using JobDescGen.Rendering;
using Markdig;

namespace JobDescGen.Testing;

/// <summary>Turns seed text and generated Markdown into comparable plain text: what a reader sees, whitespace collapsed.</summary>
public static partial class TextNormalizer
{
    /// <summary>Collapses every run of whitespace into one space.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The text a reader of the Markdown sees (markup and escapes removed), collapsed.</summary>
    public static string MarkdownToText(string markdown) =>
        Collapse(Markdown.ToPlainText(markdown, MarkdownAst.Pipeline));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
