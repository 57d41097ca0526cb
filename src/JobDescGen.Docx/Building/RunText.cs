using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using JobDescGen.Docx.Styles;
using JobDescGen.Rendering;

namespace JobDescGen.Docx.Building;

/// <summary>
/// Text as the children of a run: a soft hyphen becomes Word's optional hyphen (<c>w:softHyphen</c>),
/// a non-breaking hyphen <c>w:noBreakHyphen</c>, a tab <c>w:tab</c>, a line feed <c>w:br</c>;
/// characters XML cannot carry are left out rather than failing the document.
/// </summary>
internal static class RunText
{
    public static Run Run(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.AppendChild(properties);
        }

        Append(run, text);
        return run;
    }

    /// <summary>
    /// The runs of <paramref name="text"/>, one per font: characters the text font lacks (symbols,
    /// emoji) in a run that names the fallback family the PDF draws them with.
    /// </summary>
    public static IEnumerable<Run> Runs(string text, RunProperties? properties, DocumentFonts fonts)
    {
        var start = 0;
        string? family = null;
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = FormattingCharacters.CodePointAt(text, i);
            var length = codePoint > 0xFFFF ? 2 : 1;

            // A formatting character stays in the run it is in; a space is the text font's.
            var next = FormattingCharacters.IsFormatting(codePoint) ? family : fonts.FallbackFor(codePoint);
            if (next != family && i > start)
            {
                yield return Run(text[start..i], WithFont(properties, family));
                start = i;
            }

            family = next;
            i += length - 1;
        }

        if (text.Length > start)
        {
            yield return Run(text[start..], WithFont(properties, family));
        }
    }

    public static void Append(Run run, string text)
    {
        var pending = new StringBuilder();
        foreach (var c in text)
        {
            OpenXmlElement? special = c switch
            {
                '\u00AD' => new SoftHyphen(),
                '\u2011' => new NoBreakHyphen(),
                '\t' => new TabChar(),
                '\n' => new Break(),
                _ => null,
            };
            if (special is null)
            {
                if (XmlAllowed(c))
                {
                    pending.Append(c);
                }

                continue;
            }

            Flush(run, pending);
            run.AppendChild(special);
        }

        Flush(run, pending);
    }

    private static RunProperties? WithFont(RunProperties? properties, string? family)
    {
        if (family is null)
        {
            return (RunProperties?)properties?.CloneNode(true);
        }

        var result = (RunProperties?)properties?.CloneNode(true) ?? new RunProperties();
        result.RunFonts = new RunFonts { Ascii = family, HighAnsi = family, EastAsia = family, ComplexScript = family };
        return result;
    }

    private static void Flush(Run run, StringBuilder pending)
    {
        if (pending.Length > 0)
        {
            run.AppendChild(new Text(pending.ToString()) { Space = SpaceProcessingModeValues.Preserve });
            pending.Clear();
        }
    }

    private static bool XmlAllowed(char c) => c >= ' ' && c is not ('\uFFFE' or '\uFFFF');
}
