using JobDescGen.Pdf.Fonts;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// What measuring one face (family, size, weight, slant) needs at hand: its advance widths, its
/// kerning, and for Latin text flat tables of the pairs' kerning and of the characters that a font
/// fallback draws. Measuring asks for thousands of words per document; the dictionaries behind
/// these answers are asked once per character or pair instead of once per word or pair met.
/// </summary>
internal sealed class FaceMetrics(FaceKerning? kerning)
{
    /// <summary>The characters measured through the flat tables; beyond them, the general path.</summary>
    public const int LatinSize = 0x250;

    private const sbyte Unknown = 0;
    private const sbyte Own = 1;
    private const sbyte Fallback = 2;

    // No pair of a real font moves a glyph by this much: it marks a pair not looked up yet.
    private const short UnknownPair = short.MinValue;

    private readonly sbyte[] _drawnBy = new sbyte[LatinSize];
    private readonly short[]?[] _pairs = new short[]?[LatinSize];

    public AdvanceWidths Advances { get; } = new();

    public FaceKerning? Kerning { get; } = kerning;

    /// <summary>
    /// The width of <paramref name="text"/> in this face at the size of <paramref name="style"/>, when every
    /// character is Latin, drawn by the face itself and measured before; false otherwise (the
    /// caller measures the general way, which gives the same sum where both apply).
    /// </summary>
    public bool TryLatinWidth(ReadOnlySpan<char> text, TextStyle style, out double width)
    {
        width = 0.0;
        var kern = 0;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= LatinSize || DrawnByFallback(c, style) || !Advances.TryGet(c, out var advance))
            {
                return false;
            }

            if (i > 0 && Kerning is not null)
            {
                kern += Pair(previous, c);
            }

            width += advance;
            previous = c;
        }

        // The same expression as the general path, so the two agree to the last bit.
        width = kern == 0 ? width : width + (kern * style.Size / Kerning!.UnitsPerEm);
        return true;
    }

    /// <summary>
    /// The kerning of a pair of Latin characters both drawn by the face, as <see cref="TryLatinWidth"/>
    /// adds it to a text holding them; false otherwise.
    /// </summary>
    public bool TryLatinKerning(char left, char right, TextStyle style, out double kern)
    {
        kern = 0;
        if (left >= LatinSize || right >= LatinSize || DrawnByFallback(left, style) || DrawnByFallback(right, style))
        {
            return false;
        }

        var units = Kerning is null ? 0 : Pair(left, right);
        kern = units == 0 ? 0 : units * style.Size / Kerning!.UnitsPerEm;
        return true;
    }

    /// <summary>True when <paramref name="c"/> (Latin) is drawn in another font: <see cref="FontFallback.NeedsSplit"/> asked once per character.</summary>
    private bool DrawnByFallback(char c, TextStyle style)
    {
        var drawnBy = Volatile.Read(ref _drawnBy[c]);
        if (drawnBy == Unknown)
        {
            drawnBy = FontFallback.NeedsSplit(c.ToString(), style) ? Fallback : Own;
            Volatile.Write(ref _drawnBy[c], drawnBy);
        }

        return drawnBy == Fallback;
    }

    /// <summary>The kerning of a Latin pair; threads may race to fill a row, and write the same values.</summary>
    private int Pair(char left, char right)
    {
        var row = Volatile.Read(ref _pairs[left]);
        if (row is null)
        {
            row = new short[LatinSize];
            Array.Fill(row, UnknownPair);
            row = Interlocked.CompareExchange(ref _pairs[left], row, null) ?? row;
        }

        var value = row[right];
        if (value == UnknownPair)
        {
            value = (short)Kerning!.KernCharacters(left, right);
            row[right] = value;
        }

        return value;
    }
}
