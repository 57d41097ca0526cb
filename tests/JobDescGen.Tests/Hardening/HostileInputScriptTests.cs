using System.Diagnostics;
using JobDescGen.Cli;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// scripts/hostile-input.sh runs its attacks from a scratch folder; given a relative path to the
/// tool (as its usage line invites) every attack failed with "file not found". The first attack
/// is enough to tell: the whole run takes 20 s, so the script is stopped after it.
/// </summary>
public sealed class HostileInputScriptTests
{
    [Fact]
    public void A_relative_path_to_the_tool_is_resolved_before_the_attacks_run()
    {
        using var temp = new TempFolder();
        var tool = Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".dll");
        var workingDirectory = Path.GetDirectoryName(Path.GetDirectoryName(tool))!;
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepoPaths.Of("scripts", "hostile-input.sh"));
        start.ArgumentList.Add(Path.GetRelativePath(workingDirectory, tool));

        // Stopped early, the script cannot clean its scratch folder: keep it inside ours.
        start.Environment["TMPDIR"] = temp.Path;
        using var script = Process.Start(start)!;
        try
        {
            // Lines up to the first attack's verdict (a failing attack prints its error first).
            var lines = new List<string>();
            while (script.StandardOutput.ReadLine() is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("generate --output /dev/null", StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.EndsWith(" ok", lines[^1], StringComparison.Ordinal);
            Assert.Equal($"tool: {tool}", lines[0]);
        }
        finally
        {
            script.Kill(entireProcessTree: true);
            script.WaitForExit();
        }
    }
}
