namespace JobDescGen.Pdf.Text;

/// <summary>Text widths and font heights, so layout can run without a page to draw on.</summary>
internal interface ITextMeasurer
{
    /// <summary>The advance width of <paramref name="text"/>.</summary>
    double Width(string text, TextStyle style);

    /// <summary>The advance width of part of a text, the same as of that part as a string.</summary>
    double Width(ReadOnlySpan<char> text, TextStyle style) => Width(text.ToString(), style);

    /// <summary>The pair kerning between two characters: what measuring them together adds to measuring them apart.</summary>
    double Kerning(char left, char right, TextStyle style) => KerningFromWidths(this, left, right, style);

    /// <summary>The distance from the top of a line box of height <paramref name="lineHeight"/> to the baseline.</summary>
    double Baseline(TextStyle style, double lineHeight);

    /// <summary>Kerning the general way, for any measurer: the pair measured together less its characters measured apart.</summary>
    static double KerningFromWidths(ITextMeasurer measurer, char left, char right, TextStyle style)
    {
        ReadOnlySpan<char> pair = [left, right];
        return measurer.Width(pair, style) - measurer.Width(pair[..1], style) - measurer.Width(pair[1..], style);
    }
}
