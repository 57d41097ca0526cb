using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Theme;

/// <summary>
/// The look of a PDF job description, read from templates/theme.yaml. Lengths are in points
/// (1/72 inch); the file gives margins in millimetres and is converted on loading.
/// </summary>
public sealed record PdfTheme
{
    /// <summary>Page width.</summary>
    public required double PageWidth { get; init; }

    /// <summary>Page height.</summary>
    public required double PageHeight { get; init; }

    /// <summary>Margins of the text area; the running header and footer sit inside the top and bottom margins.</summary>
    public required Thickness Margins { get; init; }

    /// <summary>The font family, one of the bundled ones.</summary>
    public required string FontFamily { get; init; }

    /// <summary>The bundled families that draw, in this order, the characters <see cref="FontFamily"/> lacks.</summary>
    public IReadOnlyList<string> FontFallback { get; init; } = [];

    /// <summary>Body type size.</summary>
    public required double BodySize { get; init; }

    /// <summary>Line height as a multiple of the type size.</summary>
    public required double LineHeight { get; init; }

    /// <summary>Alignment of body paragraphs.</summary>
    public required TextAlignment Align { get; init; }

    /// <summary>Body text colour.</summary>
    public required XColor TextColor { get; init; }

    /// <summary>Colour of secondary text (the line under the title).</summary>
    public required XColor MutedColor { get; init; }

    /// <summary>Colour of a thematic break.</summary>
    public required XColor BreakColor { get; init; }

    /// <summary>Size of the document title (the Markdown level-1 heading).</summary>
    public required double TitleSize { get; init; }

    /// <summary>Size of section headings (level 2).</summary>
    public required double SectionSize { get; init; }

    /// <summary>Size of subsection headings (level 3).</summary>
    public required double SubsectionSize { get; init; }

    /// <summary>Heading colour.</summary>
    public required XColor HeadingColor { get; init; }

    /// <summary>Accent colour: rules under headings, bullets, the notice's bar.</summary>
    public required XColor AccentColor { get; init; }

    /// <summary>Thickness of the rule under section headings.</summary>
    public required double HeadingRuleWidth { get; init; }

    /// <summary>Space between a heading and its rule.</summary>
    public required double HeadingRuleGap { get; init; }

    /// <summary>Space after a paragraph.</summary>
    public required double ParagraphSpacing { get; init; }

    /// <summary>Space between list items.</summary>
    public required double ListItemSpacing { get; init; }

    /// <summary>Space before a section heading.</summary>
    public required double SectionSpacing { get; init; }

    /// <summary>Space before a subsection heading.</summary>
    public required double SubsectionSpacing { get; init; }

    /// <summary>Hanging indent of list items.</summary>
    public required double ListIndent { get; init; }

    /// <summary>Background of block quotes (the notice).</summary>
    public required XColor NoticeBackground { get; init; }

    /// <summary>Type size inside block quotes.</summary>
    public required double NoticeSize { get; init; }

    /// <summary>Padding inside block quotes.</summary>
    public required double NoticePadding { get; init; }

    /// <summary>Width of the accent bar left of block quotes.</summary>
    public required double NoticeBarWidth { get; init; }

    /// <summary>Background of a table's header row.</summary>
    public required XColor TableHeaderBackground { get; init; }

    /// <summary>Text colour of a table's header row.</summary>
    public required XColor TableHeaderColor { get; init; }

    /// <summary>Background of every second body row.</summary>
    public required XColor TableStripeBackground { get; init; }

    /// <summary>Colour of the table's rules.</summary>
    public required XColor TableRuleColor { get; init; }

    /// <summary>Width of a two-column table's first column, as a fraction of the table (0–1).</summary>
    public required double TableFirstColumn { get; init; }

    /// <summary>Cell padding left and right.</summary>
    public required double TablePaddingX { get; init; }

    /// <summary>Cell padding above and below.</summary>
    public required double TablePaddingY { get; init; }

    /// <summary>Thickness of the rule under each body row.</summary>
    public required double TableRuleWidth { get; init; }

    /// <summary>Type size of the running header and footer.</summary>
    public required double FurnitureSize { get; init; }

    /// <summary>Colour of the running header and footer.</summary>
    public required XColor FurnitureColor { get; init; }

    /// <summary>Colour of the rules that set header and footer apart.</summary>
    public required XColor FurnitureRuleColor { get; init; }

    /// <summary>Thickness of the header and footer rules.</summary>
    public required double FurnitureRuleWidth { get; init; }

    /// <summary>The logo image's bytes (PNG or JPEG), or null for none.</summary>
    public byte[]? Logo { get; init; }

    /// <summary>The logo's width.</summary>
    public required double LogoWidth { get; init; }

    /// <summary>The author written into the metadata when the profile names no organisation.</summary>
    public string? Author { get; init; }

    /// <summary>True to hyphenate body text, list items and table cells in the document's language (never headings).</summary>
    public bool Hyphenate { get; init; } = true;

    /// <summary>Bullets in the bold face (true) or the regular one.</summary>
    public bool BulletBold { get; init; }

    /// <summary>The colour of bullets and list numbers.</summary>
    public XColor BulletColor { get; init; } = XColor.FromArgb(0x6F, 0x97, 0xC1);

    /// <summary>Dutch words written with hyphens where they may be broken ("coör-di-na-tor"); without hyphens, never broken.</summary>
    public string HyphenationExceptionsNl { get; init; } = string.Empty;

    /// <summary>French hyphenation exceptions, as <see cref="HyphenationExceptionsNl"/>.</summary>
    public string HyphenationExceptionsFr { get; init; } = string.Empty;

    /// <summary>German hyphenation exceptions, as <see cref="HyphenationExceptionsNl"/>.</summary>
    public string HyphenationExceptionsDe { get; init; } = string.Empty;

    /// <summary>English hyphenation exceptions, as <see cref="HyphenationExceptionsNl"/>.</summary>
    public string HyphenationExceptionsEn { get; init; } = string.Empty;

    /// <summary>The exceptions list for a document in <paramref name="locale"/> ("nl-BE"), empty when there is none.</summary>
    public string HyphenationExceptions(string? locale) => (locale ?? string.Empty).Split('-', '_')[0].ToLowerInvariant() switch
    {
        "nl" => HyphenationExceptionsNl,
        "fr" => HyphenationExceptionsFr,
        "de" => HyphenationExceptionsDe,
        "en" => HyphenationExceptionsEn,
        _ => string.Empty,
    };

    /// <summary>Width of the text area.</summary>
    public double ContentWidth => PageWidth - Margins.Left - Margins.Right;

    /// <summary>The theme file the values came from (the user's theme.yaml, or the built-in one's display name).</summary>
    public string File { get; init; } = "theme.yaml";

    /// <summary>Height of the text area.</summary>
    public double ContentHeight => PageHeight - Margins.Top - Margins.Bottom;
}
