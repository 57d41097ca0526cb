namespace JobDescGen.Pdf.Rendering.Navigation;

/// <summary>
/// A link annotation over the words of one link on one line: to an address (<paramref name="Uri"/>)
/// or to a place in the document (<paramref name="Anchor"/>), with the description screen readers
/// announce. <paramref name="Rect"/> is [left bottom right top] in PDF points.
/// </summary>
internal sealed record LinkAnnotation(int Page, double[] Rect, string Description, string? Uri, string? Anchor);
