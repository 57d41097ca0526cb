using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

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
