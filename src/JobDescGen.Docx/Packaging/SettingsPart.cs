using System.Collections.Concurrent;
using System.Security;
using System.Text;
using JobDescGen.Docx.Styles;

namespace JobDescGen.Docx.Packaging;

/// <summary>The settings part (automatic hyphenation, Word 2013+ compatibility, the theme font language), once per language.</summary>
internal static class SettingsPart
{
    private static readonly ConcurrentDictionary<string, byte[]> ByLocale = new(StringComparer.Ordinal);

    public static byte[] For(string locale) =>
        ByLocale.GetOrAdd(locale, l => Encoding.UTF8.GetBytes(PartTemplates.XmlDeclaration + PartTemplates.Settings.Replace(
            $"w:val=\"{PartTemplates.BuiltInLocale}\"", $"w:val=\"{SecurityElement.Escape(l)}\"", StringComparison.Ordinal)));
}
