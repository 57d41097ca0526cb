using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// In-document links of one PDF: a link is often drawn before the place it points to (a reference
/// mark in the criteria table, its definition at the end), so each link's destination is filled in
/// once every page is drawn.
/// </summary>
internal sealed class LinkDestinations
{
    private readonly Dictionary<string, (PdfPage Page, double Top)> _anchors = new(StringComparer.Ordinal);
    private readonly List<(PdfLinkAnnotation Link, string Anchor)> _links = [];

    public void AddAnchor(string anchor, PdfPage page, double top) => _anchors.TryAdd(anchor, (page, top));

    public void AddLink(PdfLinkAnnotation link, string anchor) => _links.Add((link, anchor));

    /// <summary>Points every link at its anchor's page and height; a link whose anchor was never drawn goes to the first page.</summary>
    public void Resolve(PdfDocument document)
    {
        foreach (var (link, anchor) in _links)
        {
            var (page, top) = _anchors.TryGetValue(anchor, out var target) ? target : (document.Pages[0], 0);

            // [page /XYZ left top zoom]: PDF measures from the page's bottom; zoom 0 keeps the reader's.
            var destination = new PdfArray(document);
            destination.Elements.Add(page.ReferenceNotNull);
            destination.Elements.Add(new PdfName("/XYZ"));
            destination.Elements.Add(new PdfInteger(0));
            destination.Elements.Add(new PdfReal(Math.Round(page.Height.Point - top, 2)));
            destination.Elements.Add(new PdfInteger(0));
            link.Elements["/Dest"] = destination;
        }
    }

    /// <summary>The URI action of a link to an address.</summary>
    public static PdfDictionary UriAction(PdfDocument document, string address)
    {
        var action = new PdfDictionary(document);
        action.Elements.SetName("/S", "/URI");
        action.Elements["/URI"] = new PdfString(address);
        return action;
    }
}
