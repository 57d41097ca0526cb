namespace JobDescGen.Pdf.Text;

/// <summary>
/// A piece of a line, at <see cref="X"/> from the line's left edge. <see cref="Text"/> may end with
/// the space that follows the word, so text extraction sees the space; <see cref="Width"/> excludes it.
/// </summary>
internal sealed record PositionedRun(string Text, TextStyle Style, double X, double Width);
