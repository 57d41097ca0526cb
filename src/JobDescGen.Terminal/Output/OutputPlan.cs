using System.Globalization;

namespace JobDescGen.Terminal.Output;

/// <summary>How to print a preview: with colour or not, at which width, through a pager or not.</summary>
/// <param name="Color">True for ANSI colours and styles; false for plain text.</param>
/// <param name="Width">The width to wrap to, in columns.</param>
/// <param name="Paging">When to use a pager.</param>
/// <param name="ScreenHeight">The terminal's height, for automatic paging (0 when unknown).</param>
/// <param name="Note">Something the user should know about the plan (a terminal narrower than <see cref="MinimumWidth"/>), or null.</param>
public sealed record OutputPlan(bool Color, int Width, PagingMode Paging, int ScreenHeight, string? Note = null)
{
    /// <summary>The width used when neither <c>--width</c>, the terminal nor <c>COLUMNS</c> says one.</summary>
    public const int DefaultWidth = 80;

    /// <summary>
    /// The narrowest width accepted: at 30 columns the longest words of the bundled profile
    /// ("Verantwoordelijkheden") still fit inside an indented table cell, so no word is cut; a
    /// narrower terminal is drawn at this width (its lines wrap) and the caller says so.
    /// </summary>
    public const int MinimumWidth = 30;

    /// <summary>The widest width accepted.</summary>
    public const int MaximumWidth = 1000;

    /// <summary>
    /// Decides from the command line and the <paramref name="facts"/>: colour only on a terminal
    /// without <c>NO_COLOR</c> (https://no-color.org: any non-empty value) or <c>--no-color</c>,
    /// so piping to less or a CI log gives clean text; paging on request, or automatically on a terminal.
    /// </summary>
    public static OutputPlan Decide(OutputFacts facts, bool noColor, int? width, bool pager)
    {
        var color = !noColor && facts.IsTerminal && string.IsNullOrEmpty(facts.NoColor) && facts.Term != "dumb";
        var paging = pager ? PagingMode.Always : facts.IsTerminal ? PagingMode.WhenTaller : PagingMode.Never;
        var note = width is null && facts.WindowWidth is > 0 and < MinimumWidth
            ? $"note: the terminal is {facts.WindowWidth} columns wide; the preview is drawn at {MinimumWidth} columns, so its lines wrap"
            : null;
        return new OutputPlan(color, width ?? DetectWidth(facts), paging, facts.WindowHeight, note);
    }

    /// <summary>True when <paramref name="lineCount"/> lines should go through a pager.</summary>
    public bool ShouldPage(int lineCount) => Paging switch
    {
        PagingMode.Always => true,
        // A document exactly as tall as the screen would push its first line off by the prompt after it.
        PagingMode.WhenTaller => ScreenHeight > 0 && lineCount >= ScreenHeight,
        _ => false,
    };

    private static int DetectWidth(OutputFacts facts)
    {
        // The terminal the user looks at, also when stdout is a pipe ("preview | less"): bash does
        // not export COLUMNS, so without this a pipe would always be drawn at 80 columns.
        if (facts.WindowWidth > 0)
        {
            return Math.Max(MinimumWidth, facts.WindowWidth);
        }

        return int.TryParse(facts.Columns, NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= MinimumWidth
            ? columns
            : DefaultWidth;
    }
}
