using System.Reflection;

namespace JobDescGen.Docx.Styles;

/// <summary>
/// The XML parts of the built-in reference document (styles, settings), kept as
/// readable files in Styles/Parts and embedded in the assembly.
/// </summary>
internal static class PartTemplates
{
    public static string Styles { get; } = Read("styles.xml");

    public static string Settings { get; } = Read("settings.xml");

    /// <summary>The declaration each written part starts with.</summary>
    public const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    /// <summary>The locale the built-in parts are written for; replaced by the document's.</summary>
    public const string BuiltInLocale = "nl-BE";

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("docx/" + name)
            ?? throw new InvalidOperationException($"the built-in DOCX part {name} is missing from the tool");
        using var reader = new StreamReader(stream);

        // The files carry an XML declaration for editors; Open XML elements are parsed without one.
        var text = reader.ReadToEnd();
        return text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : text;
    }
}
