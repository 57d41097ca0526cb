using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Rendering.Objects;
using JobDescGen.Pdf.Rendering.Navigation;
using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Rendering.Drawing;

/// <summary>
/// Draws one page by writing its content stream directly: text in marked content of the structure
/// element the layout has open (text objects and saved states nested inside it), decoration in
/// typed artifacts, links as Link elements with their annotations.
/// </summary>
/// <remarks>
/// Words that follow each other on a line in one style, each starting where the previous one (with
/// its space) ends, are shown as one string; on a justified line the difference between where a
/// word starts and where the space before it ends becomes a TJ number. Anything else drawn, and
/// every tag or artifact boundary, first shows the words held back, so the content keeps its order.
/// </remarks>
internal sealed class PageDrawContext(DocumentCanvas canvas, int page, ITextMeasurer measurer, ByteBuffer output) : IDrawContext
{
    // Far below anything visible, far above floating-point noise; a stretched space is wider.
    private const double Contiguous = 1e-6;

    // A word gap of up to an em either way is a justified space; wider ones (columns, tabs) start a new string.
    private const double MaxGapInEms = 1;

    private static readonly byte[] SoftHyphenSpan = "/Span<</ActualText<FEFF00AD>>>BDC\n"u8.ToArray();

    private readonly PageContent _content = new(output);
    private readonly GlyphRun _run = new();
    private readonly double _height = canvas.PageHeight;
    private int _artifactDepth;
    private bool _marked;
    private DrawnLink? _link;

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

    public void Fill(XRect rect, XColor color)
    {
        BeginArtifact();
        _content.EndText();
        _content.FillColor(color);
        _content.Number(rect.X);
        _content.Number(_height - rect.Y - rect.Height);
        _content.Number(rect.Width);
        _content.Number(rect.Height);
        _content.Operator("re\nf"u8);
        EndArtifact();
    }

    public void Line(double x1, double y1, double x2, double y2, XColor color, double thickness)
    {
        if (thickness <= 0)
        {
            return;
        }

        BeginArtifact();
        _content.EndText();
        _content.StrokeColor(color);
        _content.LineWidth(thickness);
        _content.Number(x1);
        _content.Number(_height - y1);
        _content.Operator("m"u8);
        _content.Number(x2);
        _content.Number(_height - y2);
        _content.Operator("l\nS"u8);
        EndArtifact();
    }

    public void Image(XImage image, XRect rect)
    {
        var name = canvas.ImageName(SharedLogo.Of(image).Object);
        BeginArtifact();
        _content.EndText();
        _content.Operator("q"u8);
        _content.Number(rect.Width);
        _content.Number(0);
        _content.Number(0);
        _content.Number(rect.Height);
        _content.Number(rect.X);
        _content.Number(_height - rect.Y - rect.Height);
        _content.Operator("cm"u8);
        _content.Raw("/"u8);
        _content.Output.AddAscii(name);
        _content.Operator(" Do\nQ"u8);
        EndArtifact();
    }

    public void BeginTag(StructureTag tag)
    {
        Flush();
        if (_artifactDepth == 0)
        {
            EndMarked();
            canvas.Structure.Begin(tag);
        }
    }

    public void EndTag()
    {
        Flush();

        // A tag closed inside an artifact was never opened; an extra close would unbalance the tree.
        if (_artifactDepth == 0 && canvas.Structure.Depth > 0)
        {
            EndMarked();
            canvas.Structure.End();
        }
    }

    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout)
    {
        Flush();
        if (_artifactDepth++ == 0)
        {
            EndMarked();
            _content.Raw(kind switch
            {
                ArtifactKind.Header => "/Artifact<</Type/Pagination/Subtype/Header>>BDC\n"u8,
                ArtifactKind.Footer => "/Artifact<</Type/Pagination/Subtype/Footer>>BDC\n"u8,
                ArtifactKind.Pagination => "/Artifact<</Type/Pagination>>BDC\n"u8,
                _ => "/Artifact<</Type/Layout>>BDC\n"u8,
            });
        }
    }

    public void EndArtifact()
    {
        Flush();
        if (_artifactDepth > 0 && --_artifactDepth == 0)
        {
            _content.EndText();
            _content.Operator("EMC"u8);
        }
    }

    public void Bookmark(int level, string title, double y)
    {
        if (_artifactDepth == 0)
        {
            // A viewer shows bookmarks in its own font, which may draw a soft hyphen or a joiner as a box.
            canvas.Outline.Add(level, JobDescGen.Rendering.FormattingCharacters.Remove(title), page, _height - y);
        }
    }

    public void Anchor(string anchor, double y)
    {
        if (_artifactDepth == 0)
        {
            canvas.Anchors.Add(anchor, page, _height - y);
        }
    }

    /// <summary>Shows the words held back and closes what is open on the page; the structure elements stay open for the next page.</summary>
    public void Finish()
    {
        Flush();
        while (_artifactDepth > 0)
        {
            EndArtifact();
        }

        EndMarked();
    }

    private void FaceText(string text, TextStyle style, double x, double baseline)
    {
        if (style.InsertedHyphen)
        {
            // Shown alone, inside a span whose ActualText is a soft hyphen: read as part of the word.
            Flush();
            _run.Start(style, canvas.Face(style), x, baseline);
            _run.Add(text);
            Show(softHyphen: true);
            _run.Clear();
            return;
        }

        var gap = x - _run.End;
        if (!_run.IsEmpty
            && (baseline != _run.Baseline || !(ReferenceEquals(style, _run.Style) || style.Equals(_run.Style))
                || (Math.Abs(gap) > Contiguous && !IsWordGap(gap, style))))
        {
            // Only the words: an open link stays open for the next word of the same link.
            ShowRun();
        }

        if (_run.IsEmpty)
        {
            _run.Start(style, canvas.Face(style), x, baseline);
        }
        else if (Math.Abs(gap) > Contiguous)
        {
            // TJ numbers are thousandths of the font size; a positive number moves the next glyph left.
            _run.Gaps.Add((_run.Glyphs.Count, -gap * 1000 / style.Size));
            _run.End = x;
        }

        _run.Add(text);
        _run.End += measurer.Width(text, style);
    }

    /// <summary>A stretched or tightened space: the words held back end with a space, and the gap is less than an em.</summary>
    private bool IsWordGap(double gap, TextStyle style) => _run.EndsWithSpace && Math.Abs(gap) <= MaxGapInEms * style.Size;

    /// <summary>Shows the words held back and closes an open link.</summary>
    private void Flush()
    {
        ShowRun();
        CloseLink();
    }

    private void ShowRun()
    {
        if (_run.Style is not { } style)
        {
            return;
        }

        if (style.Link is { } link && _artifactDepth == 0)
        {
            // The words of one link on one line (drawn one by one on a justified line, or in
            // stretches of fallback fonts) share one Link element and one annotation over them all.
            if (_link is { } open && (!open.Link.Equals(link) || open.Baseline != _run.Baseline))
            {
                CloseLink();
            }

            if (_link is null)
            {
                EndMarked();
                _link = new DrawnLink(link, canvas.Annotations.Count, _run.X, _run.Baseline, style);

                // The link's own structure element holds the text and the annotation (PDF/UA: Link + OBJR).
                canvas.Structure.BeginLink(page, _link.Annotation);
            }

            Show(softHyphen: false);
            _link.End = _run.End;
        }
        else
        {
            CloseLink();
            Show(softHyphen: false);
        }

        _run.Clear();
    }

    private void Show(bool softHyphen)
    {
        if (_run.Glyphs.Count == 0)
        {
            return;
        }

        BeginMarked();
        var style = _run.Style!;
        var face = _run.Face;
        _content.TextState(face, style.Size, style.Color);
        _content.BeginText();
        _content.Position(_run.X, _height - _run.Baseline, face.SimulateItalic);
        if (softHyphen)
        {
            _content.Raw(SoftHyphenSpan);
        }

        _content.Show(_run.Glyphs, _run.Gaps, face.Font.Program);
        if (softHyphen)
        {
            _content.Operator("EMC"u8);
        }
    }

    /// <summary>Ends the open link's structure element and records its annotation over the words drawn in it.</summary>
    private void CloseLink()
    {
        if (_link is not { } open)
        {
            return;
        }

        EndMarked();
        var program = canvas.Face(open.Style).Font.Program;
        var ascent = program.Ascent * open.Style.Size / 1000;
        var descent = -program.Descent * open.Style.Size / 1000;
        double[] rect = [open.Start, _height - (open.Baseline + descent), open.End, _height - (open.Baseline - ascent)];
        canvas.Annotations.Add(new LinkAnnotation(page, rect, open.Link.Description, open.Link.Anchor is null ? open.Link.Target : null, open.Link.Anchor));
        canvas.Structure.End();
        _link = null;
    }

    /// <summary>Opens a marked-content sequence of the current structure element, unless one is open or this is an artifact.</summary>
    private void BeginMarked()
    {
        if (_artifactDepth > 0 || _marked)
        {
            return;
        }

        _content.EndText();
        var mcid = canvas.Structure.MarkContent(page);
        _content.Raw("/"u8);
        _content.Output.AddAscii(canvas.Structure.Current.Type);
        _content.Raw("<</MCID "u8);
        _content.Output.AddInteger(mcid);
        _content.Operator(">>BDC"u8);
        _marked = true;
    }

    private void EndMarked()
    {
        _content.EndText();
        if (_marked)
        {
            _content.Operator("EMC"u8);
            _marked = false;
        }
    }
}
