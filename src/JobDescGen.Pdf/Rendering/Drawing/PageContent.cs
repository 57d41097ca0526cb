using JobDescGen.Pdf.Fonts.Embedding;
using JobDescGen.Pdf.Rendering.Objects;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Rendering.Drawing;

/// <summary>
/// Writes one page's content stream in its final form: PDF coordinates, each graphics state
/// operator only when the state changes, text objects opened and closed on request, and glyph
/// strings with their pair kerning and stretched spaces as TJ numbers.
/// </summary>
internal sealed class PageContent(ByteBuffer output)
{
    // A simulated italic slants by 20° (as PDFsharp did); a simulated bold strokes the outline with
    // 2% of the size and sets each character wider as layout measures it (BundledFonts.SimulatedBoldEmphasis):
    // without that character spacing its glyphs would drift left of where layout put them.
    private const double ItalicSkew = 0.342;
    private const double BoldStroke = 0.02;

    private XColor? _fill;
    private XColor? _stroke;
    private double _lineWidth = 1;
    private int _renderMode;
    private double _characterSpacing;
    private EmbeddedFont? _font;
    private double _fontSize;
    private double _lineX;
    private double _lineY;
    private bool _skewed;

    public bool InText { get; private set; }

    public ByteBuffer Output => output;

    public void Raw(ReadOnlySpan<byte> bytes) => output.Add(bytes);

    public void Number(double value)
    {
        output.AddNumber(value);
        output.Add((byte)' ');
    }

    public void Operator(ReadOnlySpan<byte> op)
    {
        output.Add(op);
        output.Add((byte)'\n');
    }

    public void FillColor(XColor color)
    {
        if (_fill != color)
        {
            Color(color);
            Operator("rg"u8);
            _fill = color;
        }
    }

    public void StrokeColor(XColor color)
    {
        if (_stroke != color)
        {
            Color(color);
            Operator("RG"u8);
            _stroke = color;
        }
    }

    public void LineWidth(double width)
    {
        if (_lineWidth != width)
        {
            Number(width);
            Operator("w"u8);
            _lineWidth = width;
        }
    }

    public void BeginText()
    {
        if (!InText)
        {
            Operator("BT"u8);
            InText = true;
            (_lineX, _lineY, _skewed) = (0, 0, false);
        }
    }

    public void EndText()
    {
        if (InText)
        {
            Operator("ET"u8);
            InText = false;
        }
    }

    /// <summary>Sets what text is drawn with: font, size, colour and the simulated bold; call before <see cref="BeginText"/> or inside the text object.</summary>
    public void TextState(DrawnFace face, double size, XColor color)
    {
        FillColor(color);
        var mode = face.SimulateBold ? 2 : 0;
        if (face.SimulateBold)
        {
            StrokeColor(color);
            LineWidth(Math.Round(size * BoldStroke, 4));
        }

        if (_renderMode != mode)
        {
            output.AddInteger(mode);
            Operator(" Tr"u8);
            _renderMode = mode;
        }

        var spacing = face.SimulateBold ? Math.Round(size * Fonts.BundledFonts.SimulatedBoldEmphasis, 4) : 0;
        if (_characterSpacing != spacing)
        {
            Number(spacing);
            Operator("Tc"u8);
            _characterSpacing = spacing;
        }

        if (!ReferenceEquals(_font, face.Font) || _fontSize != size)
        {
            output.Add((byte)'/');
            output.AddAscii(face.Font.ResourceName);
            output.Add((byte)' ');
            Number(size);
            Operator("Tf"u8);
            (_font, _fontSize) = (face.Font, size);
        }
    }

    /// <summary>Moves to the start of a line at (<paramref name="x"/>, <paramref name="y"/>) in PDF points; inside a text object.</summary>
    public void Position(double x, double y, bool skew)
    {
        if (skew || _skewed)
        {
            // A slanted line sets the whole text matrix; the next line sets it back upright.
            Number(1);
            Number(0);
            Number(skew ? ItalicSkew : 0);
            Number(1);
            Number(x);
            Number(y);
            Operator("Tm"u8);
            _skewed = skew;
        }
        else
        {
            Number(x - _lineX);
            Number(y - _lineY);
            Operator("Td"u8);
        }

        (_lineX, _lineY) = (x, y);
    }

    /// <summary>
    /// Shows glyphs: with the face's pair kerning between real glyphs and the stretched spaces of
    /// <paramref name="gaps"/> as TJ numbers, or as a plain Tj when there are none.
    /// </summary>
    public void Show(List<ushort> glyphs, List<(int At, double Adjustment)> gaps, FaceProgram program)
    {
        var kerning = program.Kerning;
        var real = program.GlyphCount;
        var first = true;
        var start = 0;
        var gap = 0;
        for (var i = 1; i < glyphs.Count; i++)
        {
            var kern = glyphs[i - 1] < real && glyphs[i] < real ? kerning.KernGlyphs(glyphs[i - 1], glyphs[i]) : 0;
            var adjustment = kern != 0 ? -kern * 1000.0 / program.UnitsPerEm : 0;
            var adjusted = kern != 0;
            for (; gap < gaps.Count && gaps[gap].At <= i; gap++)
            {
                adjustment += gaps[gap].Adjustment;
                adjusted = true;
            }

            if (adjusted)
            {
                if (first)
                {
                    output.Add((byte)'[');
                    first = false;
                }

                Hex(glyphs, start, i);
                output.AddNumber(adjustment);
                start = i;
            }
        }

        Hex(glyphs, start, glyphs.Count);
        Operator(first ? "Tj"u8 : "]TJ"u8);
    }

    private void Color(XColor color)
    {
        Number(Math.Round(color.R / 255.0, 3));
        Number(Math.Round(color.G / 255.0, 3));
        Number(Math.Round(color.B / 255.0, 3));
    }

    /// <summary>Glyph ids as an upper-case hex string.</summary>
    private void Hex(List<ushort> glyphs, int start, int end)
    {
        var bytes = output.Reserve(((end - start) * 4) + 2);
        bytes[0] = (byte)'<';
        for (var i = start; i < end; i++)
        {
            var at = 1 + (4 * (i - start));
            for (var d = 0; d < 4; d++)
            {
                bytes[at + d] = (byte)"0123456789ABCDEF"[(glyphs[i] >> (12 - (4 * d))) & 0xF];
            }
        }

        bytes[^1] = (byte)'>';
        output.Advance(bytes.Length);
    }
}
