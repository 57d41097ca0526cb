using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Elements;

/// <summary>How a paragraph sets its lines: the base style (for the baseline), line height and alignment.</summary>
internal sealed record ParagraphFormat(TextStyle Style, double LineHeight, TextAlignment Align);
