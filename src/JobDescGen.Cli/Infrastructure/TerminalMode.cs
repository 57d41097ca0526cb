namespace JobDescGen.Cli.Infrastructure;

/// <summary>Decides whether live terminal output (progress bars) fits: only on a real terminal, never in CI.</summary>
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
}
