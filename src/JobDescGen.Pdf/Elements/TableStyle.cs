using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Elements;

/// <summary>The look of a table: column widths (fractions adding up to 1), colours, rules and cell padding.</summary>
internal sealed record TableStyle(
    IReadOnlyList<double> Columns,
    XColor HeaderBackground,
    XColor StripeBackground,
    XColor Rule,
    double RuleThickness,
    double PaddingX,
    double PaddingY,
    string ContinuedLabel);
