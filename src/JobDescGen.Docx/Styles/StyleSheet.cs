using System.Collections.Concurrent;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using WordStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace JobDescGen.Docx.Styles;

/// <summary>
/// The styles part of every document a writer makes: the reference document's styles, completed
/// with the built-in ones it lacks, with the document's language set on the default run
/// properties (so spelling and hyphenation follow it). Serialised once per language.
/// </summary>
internal sealed class StyleSheet
{
    private readonly string _xml;
    private readonly ConcurrentDictionary<string, byte[]> _byLocale = new(StringComparer.Ordinal);

    private StyleSheet(string xml)
    {
        _xml = xml;
    }

    /// <summary>The built-in stylesheet.</summary>
    public static StyleSheet BuiltIn { get; } = Create(new WordStyles(PartTemplates.Styles));

    /// <summary>
    /// A stylesheet from a reference document's styles: a style the writer uses that the reference
    /// does not define is taken from the built-in stylesheet, so a minimal reference still works.
    /// </summary>
    public static StyleSheet FromReference(WordStyles reference)
    {
        var styles = (WordStyles)reference.CloneNode(true);
        var builtIn = new WordStyles(PartTemplates.Styles);
        var present = styles.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var style in builtIn.Elements<Style>().Where(s => s.StyleId?.Value is { } id && !present.Contains(id)))
        {
            styles.AppendChild(style.CloneNode(true));
        }

        if (styles.DocDefaults is null)
        {
            styles.PrependChild(builtIn.DocDefaults!.CloneNode(true));
        }

        return Create(styles);
    }

    /// <summary>
    /// This stylesheet with <paramref name="family"/> on the document defaults (the built-in one
    /// takes the theme's font; a reference document keeps its own).
    /// </summary>
    public StyleSheet WithFont(string family)
    {
        var styles = new WordStyles(_xml);
        var properties = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        if (properties?.RunFonts is { } fonts)
        {
            fonts.Ascii = fonts.HighAnsi = fonts.EastAsia = fonts.ComplexScript = family;
        }

        return Create(styles);
    }

    /// <summary>The part's bytes for a document in <paramref name="locale"/> ("nl-BE").</summary>
    public byte[] For(string locale) => _byLocale.GetOrAdd(locale, Localize);

    private static StyleSheet Create(WordStyles styles) => new(styles.OuterXml);

    private byte[] Localize(string locale)
    {
        var styles = new WordStyles(_xml);
        var defaults = styles.DocDefaults ??= new DocDefaults();
        var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var properties = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        properties.Languages = new Languages { Val = locale };
        return Encoding.UTF8.GetBytes(PartTemplates.XmlDeclaration + styles.OuterXml);
    }
}
