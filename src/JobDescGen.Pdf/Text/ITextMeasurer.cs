namespace JobDescGen.Pdf.Text;

/// <summary>Text widths and font heights, so layout can run without a page to draw on.</summary>
internal interface ITextMeasurer
{
    /// <summary>The advance width of <paramref name="text"/>.</summary>
    double Width(string text, TextStyle style);

    /// <summary>The advance width of part of a text, the same as of that part as a string.</summary>
    double Width(ReadOnlySpan<char> text, TextStyle style) => Width(text.ToString(), style);

    /// <summary>The distance from the top of a line box of height <paramref name="lineHeight"/> to the baseline.</summary>
    double Baseline(TextStyle style, double lineHeight);
}
