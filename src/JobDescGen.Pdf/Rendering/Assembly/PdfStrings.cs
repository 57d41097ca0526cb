using System.Text;
using JobDescGen.Pdf.Rendering.Objects;

namespace JobDescGen.Pdf.Rendering.Assembly;

/// <summary>PDF text strings: printable ASCII as a literal string, anything else as UTF-16BE with its byte order mark.</summary>
internal static class PdfStrings
{
    public static PdfToken Text(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return Utf16(text);
            }
        }

        var literal = new StringBuilder(text.Length + 2).Append('(');
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\')
            {
                literal.Append('\\');
            }

            literal.Append(c);
        }

        return PdfToken.Of(literal.Append(')').ToString());
    }

    /// <summary>A date as PDF writes it: D:YYYYMMDDHHmmSS+00'00' (always UTC).</summary>
    public static PdfToken Date(DateTime date) =>
        PdfToken.Of("(D:" + date.ToUniversalTime().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "+00'00')");

    private static PdfToken Utf16(string text)
    {
        var hex = new StringBuilder((text.Length * 4) + 6).Append("<FEFF");
        foreach (var c in text)
        {
            hex.Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return PdfToken.Of(hex.Append('>').ToString());
    }
}
