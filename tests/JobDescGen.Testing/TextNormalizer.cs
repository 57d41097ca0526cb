using System.Text.RegularExpressions;
using JobDescGen.Rendering;
using Markdig.Syntax;

namespace JobDescGen.Testing;

/// <summary>Turns seed text and generated Markdown into comparable plain text: what a reader sees, whitespace collapsed.</summary>
public static partial class TextNormalizer
{
    /// <summary>Collapses every run of whitespace into one space.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The text a reader of the Markdown sees (markup and escapes removed), collapsed.</summary>
    public static string MarkdownToText(string markdown) =>
        // The text of every leaf block in reading order (Markdig's own plain-text renderer drops the '&' of an autolink).
        Collapse(string.Join(" ", MarkdownAst.Parse(markdown).Descendants<LeafBlock>()
            .Select(leaf => leaf.Inline is null ? leaf.Lines.ToString() : JobDescGen.Marking.PlainText.Of(leaf.Inline))));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
