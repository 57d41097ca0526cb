namespace JobDescGen.Docx.Styles;

/// <summary>
/// The style ids the writer uses. Heading1–3, Subtitle, ListBullet, ListNumber, Header, Footer and
/// Hyperlink are Word's built-in styles (so the navigation pane, a table of contents and a user's
/// reference document recognise them); the others are custom styles of the built-in stylesheet
/// that a reference document may redefine.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Subtitle = "Subtitle";
    public const string Notice = "Notice";
    public const string LeadIn = "LeadIn";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string TableRowHeading = "TableRowHeading";
    public const string CodeBlock = "CodeBlock";
    public const string RunningHeader = "RunningHeader";
    public const string RunningFooter = "RunningFooter";
    public const string Hyperlink = "Hyperlink";
    public const string ReferenceMark = "ReferenceMark";
    public const string InlineCode = "InlineCode";

    /// <summary>Heading1, Heading2 or Heading3: deeper Markdown headings share Heading3.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3);
}
