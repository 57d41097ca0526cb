namespace JobDescGen.Pdf.Text;

/// <summary>One laid-out line: its runs with positions, and the width they take.</summary>
internal sealed record TextLine(IReadOnlyList<PositionedRun> Runs, double Width)
{
    /// <summary>The line's text as a reader would extract it.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
