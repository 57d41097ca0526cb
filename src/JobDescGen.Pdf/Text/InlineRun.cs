namespace JobDescGen.Pdf.Text;

/// <summary>A stretch of text in one style, as it comes out of the Markdown inlines.</summary>
internal sealed record InlineRun(string Text, TextStyle Style);
