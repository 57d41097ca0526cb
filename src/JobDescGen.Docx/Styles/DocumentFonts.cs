using System.Collections.Concurrent;
using System.Security;
using System.Text;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Theme;
using JobDescGen.Rendering;

namespace JobDescGen.Docx.Styles;

/// <summary>
/// The fonts a DOCX names, from the theme (theme.yaml), as the PDF and HTML take them: the text
/// family on the document defaults, with its metric-compatible twin (Carlito and Calibri) as the font
/// table's alternative for machines without it; and a run of characters the family lacks (symbols,
/// emoji) in the fallback family the PDF draws them with, with a common Windows font as its alternative.
/// </summary>
internal sealed class DocumentFonts
{
    private readonly PdfTheme _theme;
    private readonly ConcurrentDictionary<int, string?> _fallbacks = new();

    public DocumentFonts(PdfTheme theme)
    {
        _theme = theme;
        FontTable = Encoding.UTF8.GetBytes(PartTemplates.XmlDeclaration + BuildFontTable());
    }

    /// <summary>The fonts of the built-in theme.</summary>
    public static DocumentFonts BuiltIn { get; } = new(ThemeLoader.Load(null, new Diagnostics.DiagnosticBag())
        ?? throw new InvalidOperationException("the built-in theme does not load"));

    /// <summary>The family text is set in.</summary>
    public string Family => _theme.FontFamily;

    /// <summary>The font table part: every family the document names, each with its alternative.</summary>
    public byte[] FontTable { get; }

    /// <summary>The fallback family for <paramref name="codePoint"/>; null when the text family has it (or no font does).</summary>
    public string? FallbackFor(int codePoint) =>
        codePoint < 0x80 || FormattingCharacters.IsFormatting(codePoint) ? null : _fallbacks.GetOrAdd(codePoint, c => ThemeFontCoverage.FallbackFamily(_theme, c));

    /// <summary>The font Word and LibreOffice take where a family is not installed.</summary>
    public static string? AlternativeOf(string family) => family switch
    {
        "Carlito" => "Calibri",
        "Calibri" => "Carlito",
        "DejaVu Sans" => "Verdana",
        "Symbola" => "Segoe UI Symbol",
        _ => null,
    };

    private string BuildFontTable()
    {
        var families = new List<string> { Family };
        if (AlternativeOf(Family) is { } twin)
        {
            families.Add(twin);
        }

        families.AddRange(_theme.FontFallback);
        families.Add("Liberation Mono");
        var xml = new StringBuilder("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        foreach (var family in families.Distinct(StringComparer.Ordinal))
        {
            xml.Append("<w:font w:name=\"").Append(SecurityElement.Escape(family)).Append("\">");
            var alternative = family == "Liberation Mono" ? "Courier New" : AlternativeOf(family);
            if (alternative is not null)
            {
                xml.Append("<w:altName w:val=\"").Append(SecurityElement.Escape(alternative)).Append("\"/>");
            }

            if (family is "Carlito" or "Calibri")
            {
                // Calibri's PANOSE number: Word matches a missing font by it.
                xml.Append("<w:panose1 w:val=\"020F0502020204030204\"/>");
            }

            xml.Append("<w:charset w:val=\"00\"/>")
                .Append(family == "Liberation Mono" ? "<w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/>" : "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>")
                .Append("</w:font>");
        }

        return xml.Append("</w:fonts>").ToString();
    }
}
