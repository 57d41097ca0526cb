namespace JobDescGen.Cli.Infrastructure;

/// <summary>Decides whether terminal-only output fits: progress bars (only on a real terminal, never in CI) and colour.</summary>
public static class TerminalMode
{
    /// <summary>
    /// True when <paramref name="console"/> writes to the process's own stdout, stdout is a terminal,
    /// and neither <c>CI</c> nor <c>TERM=dumb</c> says otherwise.
    /// </summary>
    public static bool IsInteractive(CliConsole console)
    {
        var ci = System.Environment.GetEnvironmentVariable("CI");
        return ReferenceEquals(console.Output, Console.Out)
            && !Console.IsOutputRedirected
            && !(ci is not null && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1"))
            && System.Environment.GetEnvironmentVariable("TERM") != "dumb";
    }

    /// <summary>
    /// True when colour fits: the output is the process's own terminal, not piped or captured, and
    /// neither <c>NO_COLOR</c> nor <c>TERM=dumb</c> asks for plain text.
    /// </summary>
    public static bool ColorFits(CliConsole console, bool noColorOption) =>
        !noColorOption
        && ReferenceEquals(console.Output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("NO_COLOR"))
        && System.Environment.GetEnvironmentVariable("TERM") != "dumb";
}
