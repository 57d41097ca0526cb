namespace JobDescGen.Pdf.Text;

/// <summary>
/// A word as a line draws it: its pieces (the parts of a hyphenated word on the line joined again),
/// the box it is when it is one box whose pieces are kept as they are (else -1), and the item index
/// of the glue after it (-1 none; <see cref="EndSpace"/> for the space a line ends with, kept in the text).
/// </summary>
internal readonly record struct LineWord(List<InlineRun> Pieces, int Box, int Space)
{
    public const int EndSpace = -2;
}
