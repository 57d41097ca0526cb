using JobDescGen.Cli;

namespace JobDescGen.Html.Tests.Support;

/// <summary>Runs the command line in-process and captures what it printed.</summary>
internal static class Cli
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
