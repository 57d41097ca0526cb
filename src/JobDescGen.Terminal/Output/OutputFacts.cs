namespace JobDescGen.Terminal.Output;

/// <summary>What the process can find out about where its output goes; gathered once, so the decisions are testable.</summary>
/// <param name="IsTerminal">True when stdout is a terminal (not redirected to a file or pipe).</param>
/// <param name="NoColor">The value of <c>NO_COLOR</c>, or null when unset.</param>
/// <param name="Term">The value of <c>TERM</c>, or null.</param>
/// <param name="WindowWidth">The width in columns of the terminal the user looks at (stdout's, else stderr's or the controlling terminal's; 0 when unknown).</param>
/// <param name="WindowHeight">The terminal's height in lines (0 when unknown).</param>
/// <param name="Columns">The value of <c>COLUMNS</c>, or null.</param>
/// <param name="Pager">The value of <c>PAGER</c>, or null.</param>
public sealed record OutputFacts(bool IsTerminal, string? NoColor, string? Term, int WindowWidth, int WindowHeight, string? Columns, string? Pager)
{
    /// <summary>The facts of this process's stdout and environment.</summary>
    public static OutputFacts FromProcess()
    {
        var (width, height) = TerminalSize.Read();
        return new OutputFacts(
            !Console.IsOutputRedirected,
            Environment.GetEnvironmentVariable("NO_COLOR"),
            Environment.GetEnvironmentVariable("TERM"),
            width,
            height,
            Environment.GetEnvironmentVariable("COLUMNS"),
            Environment.GetEnvironmentVariable("PAGER"));
    }

    /// <summary>Facts for output captured by a caller (tests, or a TextWriter that is not the console): not a terminal, no environment.</summary>
    public static OutputFacts Captured { get; } = new(false, null, null, 0, 0, null, null);
}
