using Spectre.Console;

namespace JobDescGen.Terminal.Theming;

/// <summary>
/// The styles of the terminal preview. Colours use the 16 standard terminal colours so the user's
/// own palette (light or dark) decides the exact shades; every mark that carries meaning (optional
/// area, differing criterion, reference) also has a character, so it survives plain-text output.
/// </summary>
public sealed record PreviewTheme
{
    /// <summary>The default theme.</summary>
    public static PreviewTheme Default { get; } = new();

    /// <summary>The document title.</summary>
    public Style Title { get; init; } = new(Color.Aqua, decoration: Decoration.Bold);

    /// <summary>The line under the title (version, date, organisation).</summary>
    public Style Meta { get; init; } = new(Color.Grey);

    /// <summary>Rules that separate blocks (under the title, between compared levels).</summary>
    public Style Rule { get; init; } = new(Color.Grey);

    /// <summary>Section headings (<c>##</c>).</summary>
    public Style SectionHeading { get; init; } = new(Color.Aqua, decoration: Decoration.Bold);

    /// <summary>Sub-headings (<c>###</c>, the result areas).</summary>
    public Style SubHeading { get; init; } = new(Color.Blue, decoration: Decoration.Bold);

    /// <summary>Strong text (<c>**...**</c>).</summary>
    public Style Strong { get; init; } = new(decoration: Decoration.Bold);

    /// <summary>Emphasised text (<c>*...*</c>).</summary>
    public Style Emphasis { get; init; } = new(decoration: Decoration.Italic);

    /// <summary>Inline code.</summary>
    public Style Code { get; init; } = new(Color.Yellow);

    /// <summary>The notice block (a Markdown block quote).</summary>
    public Style Notice { get; init; } = new(Color.Grey, decoration: Decoration.Italic);

    /// <summary>The bar in front of notice lines.</summary>
    public Style NoticeBar { get; init; } = new(Color.Grey);

    /// <summary>List bullets.</summary>
    public Style Bullet { get; init; } = new(Color.Aqua);

    /// <summary>The reference asterisk that points at a definition.</summary>
    public Style Reference { get; init; } = new(Color.Yellow, decoration: Decoration.Bold);

    /// <summary>Terms in the definitions list.</summary>
    public Style Term { get; init; } = new(Color.Yellow, decoration: Decoration.Bold);

    /// <summary>Table borders.</summary>
    public Style TableBorder { get; init; } = new(Color.Grey);

    /// <summary>Table header cells.</summary>
    public Style TableHeader { get; init; } = new(Color.Aqua, decoration: Decoration.Bold);

    /// <summary>The first cell of a table row (the criterion name).</summary>
    public Style RowName { get; init; } = new(decoration: Decoration.Bold);

    /// <summary>The badge and bar that mark an optional result area.</summary>
    public Style Optional { get; init; } = new(Color.Fuchsia);

    /// <summary>The name and mark of a criterion that differs between two compared levels.</summary>
    public Style Differs { get; init; } = new(Color.Yellow, decoration: Decoration.Bold);

    /// <summary>The text of a criterion that differs between two compared levels.</summary>
    public Style DiffersText { get; init; } = new(Color.Yellow);

    /// <summary>Error headlines in the diagnostics view.</summary>
    public Style Error { get; init; } = new(Color.Red, decoration: Decoration.Bold);

    /// <summary>Warning headlines in the diagnostics view.</summary>
    public Style Warning { get; init; } = new(Color.Yellow, decoration: Decoration.Bold);

    /// <summary>Source lines, carets and hints in the diagnostics view.</summary>
    public Style DiagnosticDetail { get; init; } = new(Color.Grey);
}
