using JobDescGen.Pdf.Building;
using JobDescGen.Pdf.Elements;
using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using JobDescGen.Rendering;
using PdfSharp.Drawing;

using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>Blocks for layout tests, measured with fixed-width characters so sizes are easy to work out.</summary>
internal static class LayoutFactory
{
    public static readonly FixedWidthMeasurer Measurer = new();

    public static readonly ParagraphFormat Format = new(new TextStyle("Carlito", 10, false, false, XColors.Black), 12, TextAlignment.Left);

    /// <summary>A paragraph of <paramref name="lines"/> lines of 20 characters at a 100-point width.</summary>
    public static ParagraphBlock Paragraph(int lines, string prefix = "w") =>
        new([new InlineRun(string.Join(" ", Enumerable.Range(0, lines * 4).Select(i => $"{prefix}{i:000}")), Format.Style)], Format, StructureTag.Paragraph, Measurer);

    /// <summary>The one block on a page; counts are compared rather than blocks, which xunit cannot print.</summary>
    public static JobDescGen.Pdf.Layout.Block Only(JobDescGen.Pdf.Layout.Block page)
    {
        var children = ((StackBlock)page).Children;
        Assert.True(children.Count == 1, $"expected one block on the page, found {children.Count}");
        return children[0];
    }

    /// <summary>The blocks the real builder makes of <paramref name="markdown"/>, with the built-in theme.</summary>
    public static StackBlock FromMarkdown(string markdown) => FromMarkdown(markdown, BundledPdfs.Theme);

    /// <summary>The blocks the real builder makes of <paramref name="markdown"/> with <paramref name="theme"/>.</summary>
    public static StackBlock FromMarkdown(string markdown, PdfTheme theme) =>
        new BlockBuilder(new StyleSheet(theme), FontMeasurer.Shared).Build(BundledDocuments.Mark(markdown).Ast);
}
