using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Text;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// Draws on one PDF page through PDFsharp, wrapping decoration in artifacts and text in the
/// structure elements the layout opens. Structure elements may stay open from page to page.
/// </summary>
/// <remarks>
/// Words that follow each other on a line in one style, each starting where the previous one (with
/// its space) ends, are drawn as one string: PDFsharp's cost is mostly per call, and a line of a
/// list item or a table cell is one call instead of one per word. A justified line, whose spaces
/// are stretched, is one string too: the difference between where a word starts and where the
/// space before it ends is recorded as a <see cref="WordGap"/>, which the compactor writes as a TJ
/// adjustment. Anything else drawn, and every tag or artifact boundary, first draws the words held
/// back, so the content keeps its order and its marked content.
/// </remarks>
internal sealed class PdfDrawContext(XGraphics graphics, StructureBuilder structure, PdfPage page, OutlineBuilder outline, LinkDestinations links, TagDepth depth, ITextMeasurer measurer) : IDrawContext
{
    // Far below anything visible, far above floating-point noise; a stretched space is wider.
    private const double Contiguous = 1e-6;

    // A word gap of up to an em either way is a justified space; wider ones (columns, tabs) start a new string.
    private const double MaxGapInEms = 1;

    private readonly Dictionary<XColor, XSolidBrush> _brushes = [];
    private readonly StringBuilder _pending = new();
    private TextStyle? _pendingStyle;
    private double _pendingX;
    private double _pendingBaseline;
    private double _pendingEnd;
    private int _pendingGlyphs;
    private int _artifactDepth;
    private int _strings;
    private OpenLink? _openLink;

    public void Text(string text, TextStyle style, double x, double baseline)
    {
        if (FontFallback.NeedsSplit(text, style))
        {
            // One string per font, formatting characters left out (FontMeasurer measures alike).
            foreach (var (stretch, stretchStyle) in FontFallback.Split(text, style))
            {
                FaceText(stretch, stretchStyle, x, baseline);
                x += measurer.Width(stretch, stretchStyle);
            }

            return;
        }

        FaceText(text, style, x, baseline);
    }

    private void FaceText(string text, TextStyle style, double x, double baseline)
    {
        if (style.InsertedHyphen)
        {
            // Alone in its own string, so the compactor can mark it as a soft hyphen (see ContentNormalizer).
            Flush();
            SoftHyphens.Add(_strings++);
            graphics.DrawString(text, FontCache.Get(style), Brush(style.Color), x, baseline, XStringFormats.BaseLineLeft);
            return;
        }

        var gap = x - _pendingEnd;
        if (_pendingStyle is not null
            && (baseline != _pendingBaseline || !(ReferenceEquals(style, _pendingStyle) || style.Equals(_pendingStyle))
                || (Math.Abs(gap) > Contiguous && !IsWordGap(gap, style))))
        {
            // Only the words: an open link stays open for the next word of the same link.
            DrawPending();
        }

        if (_pendingStyle is null)
        {
            _pendingStyle = style;
            _pendingX = _pendingEnd = x;
            _pendingBaseline = baseline;
            _pendingGlyphs = 0;
        }
        else if (Math.Abs(gap) > Contiguous)
        {
            // TJ numbers are thousandths of the font size; a positive number moves the next glyph left.
            Gaps.Add(new WordGap(_strings, _pendingGlyphs, -gap * 1000 / style.Size));
            _pendingEnd = x;
        }

        _pending.Append(text);
        _pendingGlyphs += CodePoints(text);
        _pendingEnd += measurer.Width(text, style);
    }

    /// <summary>A stretched or tightened space: the words held back end with a space, and the gap is less than an em.</summary>
    private bool IsWordGap(double gap, TextStyle style) =>
        _pending.Length > 0 && _pending[^1] is ' ' or '\u00A0' && Math.Abs(gap) <= MaxGapInEms * style.Size;

    /// <summary>The code points of a text: PDFsharp draws one glyph for each, a surrogate pair included.</summary>
    private static int CodePoints(string text)
    {
        var count = text.Length;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                count--;
            }
        }

        return count;
    }

    /// <summary>Draws the words held back and closes an open link; call before the page is finished.</summary>
    public void Flush()
    {
        DrawPending();
        CloseLink();
    }

    private void DrawPending()
    {
        if (_pendingStyle is not { } style)
        {
            return;
        }

        var text = NoBreakSpace.AsSpace(_pending.ToString());
        if (style.Link is { } link && _artifactDepth == 0)
        {
            // The words of one link on one line (drawn one by one on a justified line, or in
            // stretches of fallback fonts) share one Link element and one annotation over them all.
            if (_openLink is { } open && (!open.Link.Equals(link) || open.Baseline != _pendingBaseline))
            {
                CloseLink();
            }

            if (_openLink is null)
            {
                var annotation = Annotation(link);
                _openLink = new OpenLink(link, annotation, _pendingX, _pendingBaseline, style);

                // The link's own structure element holds the text and the annotation (PDF/UA: Link + OBJR).
                structure.BeginElement(annotation, link.Description);
            }

            graphics.DrawString(text, FontCache.Get(style), Brush(style.Color), _pendingX, _pendingBaseline, XStringFormats.BaseLineLeft);
            _openLink.End = _pendingEnd;
        }
        else
        {
            CloseLink();
            graphics.DrawString(text, FontCache.Get(style), Brush(style.Color), _pendingX, _pendingBaseline, XStringFormats.BaseLineLeft);
        }

        _strings++;
        _pending.Clear();
        _pendingStyle = null;
    }

    /// <summary>Ends the open link's structure element and sets its annotation over the words drawn in it.</summary>
    private void CloseLink()
    {
        if (_openLink is not { } open)
        {
            return;
        }

        var metrics = FontCache.Get(open.Style).Metrics;
        var ascent = metrics.Ascent * open.Style.Size / metrics.UnitsPerEm;
        var descent = metrics.Descent * open.Style.Size / metrics.UnitsPerEm;
        var area = new XRect(open.Start, open.Baseline - ascent, open.End - open.Start, ascent + descent);
        // Not through the Rectangle property, which stamps the annotation with the clock (/M).
        open.Annotation.Elements.SetRectangle("/Rect", new PdfRectangle(graphics.Transformer.WorldToDefaultPage(area)));
        structure.End();
        _openLink = null;
    }

    public void Fill(XRect rect, XColor color) => Decorate(() => graphics.DrawRectangle(Brush(color), rect));

    public void Line(double x1, double y1, double x2, double y2, XColor color, double thickness)
    {
        if (thickness > 0)
        {
            Decorate(() => graphics.DrawLine(new XPen(color, thickness), x1, y1, x2, y2));
        }
    }

    public void Image(XImage image, XRect rect) => Decorate(() => graphics.DrawImage(image, rect));

    public void BeginTag(StructureTag tag)
    {
        Flush();
        if (_artifactDepth == 0)
        {
            StructureTagWriter.Begin(structure, tag);
            depth.Open++;
        }
    }

    public void EndTag()
    {
        Flush();
        // A tag closed inside an artifact was never opened; an extra close would unbalance the tree.
        if (_artifactDepth == 0 && depth.Open > 0)
        {
            structure.End();
            depth.Open--;
        }
    }

    /// <summary>Which strings drawn on this page (counted from 0) are hyphens added at a line's end.</summary>
    public List<int> SoftHyphens { get; } = [];

    /// <summary>The stretched spaces inside strings drawn on this page, in drawing order.</summary>
    public List<WordGap> Gaps { get; } = [];

    /// <summary>The kinds of the artifacts begun on this page, in order: the compactor types them.</summary>
    public List<ArtifactKind> Artifacts { get; } = [];

    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout)
    {
        Flush();
        if (_artifactDepth++ == 0)
        {
            structure.BeginArtifact();
            Artifacts.Add(kind);
        }
    }

    public void EndArtifact()
    {
        Flush();
        if (--_artifactDepth == 0)
        {
            structure.End();
        }
    }

    public void Anchor(string anchor, double y)
    {
        if (_artifactDepth == 0)
        {
            links.AddAnchor(anchor, page, y);
        }
    }

    public void Bookmark(int level, string title, double y)
    {
        if (_artifactDepth == 0)
        {
            // A viewer shows bookmarks in its own font, which may draw a soft hyphen or a joiner as a box.
            outline.Add(level, JobDescGen.Rendering.FormattingCharacters.Remove(title), page, y);
        }
    }

    /// <summary>A link annotation; its rectangle is set when the link's last word is drawn.</summary>
    private PdfLinkAnnotation Annotation(TextLink link)
    {
        var annotation = new PdfLinkAnnotation(page.Owner);

        // PDFsharp stamps each annotation with the clock (/M) and a random id (/NM): same input, same bytes.
        annotation.Elements.Remove("/M");
        annotation.Elements.Remove("/NM");
        if (link.Anchor is { } anchor)
        {
            links.AddLink(annotation, anchor);
        }
        else
        {
            annotation.Elements["/A"] = LinkDestinations.UriAction(page.Owner, link.Target);
        }

        return annotation;
    }

    private void Decorate(Action draw)
    {
        BeginArtifact();
        draw();
        EndArtifact();
    }

    private XSolidBrush Brush(XColor color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(color);
            _brushes[color] = brush;
        }

        return brush;
    }
}
