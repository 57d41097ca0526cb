using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Building;

/// <summary>
/// The asterisk that opens a heading ("* Definitie") points back at the marked words: it is drawn in
/// the accent colour but as an artifact, so neither the bookmark nor a screen reader says "asterisk".
/// </summary>
internal static class ReferenceMark
{
    public static List<InlineRun> Detach(List<InlineRun> runs, XColor accent)
    {
        if (runs.Count == 0 || !runs[0].Text.StartsWith('*'))
        {
            return runs;
        }

        var first = runs[0];
        var rest = first.Text[1..].TrimStart();
        var mark = new InlineRun("* ", first.Style with { Color = accent, Artifact = true });
        return rest.Length == 0 ? [mark, .. runs.Skip(1)] : [mark, first with { Text = rest }, .. runs.Skip(1)];
    }
}
