using JobDescGen.Cli;

namespace JobDescGen.Tests.Support;

/// <summary>Runs the command line in-process and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs <c>jobdescgen</c> with <paramref name="args"/>.</summary>
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
