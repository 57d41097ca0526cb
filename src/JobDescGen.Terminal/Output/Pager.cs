using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace JobDescGen.Terminal.Output;

/// <summary>Shows text through <c>$PAGER</c>, else <c>less -R</c> when it is installed.</summary>
public static class Pager
{
    private const int CannotExecute = 126;
    private const int NotFound = 127;

    /// <summary>Pages <paramref name="text"/>; false when no pager could be started or run (the caller then prints it).</summary>
    public static bool TryPage(string text, string? pagerVariable)
    {
        var start = StartInfo(pagerVariable);
        if (start is null)
        {
            return false;
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return false;
        }

        if (process is null)
        {
            return false;
        }

        // Ctrl+C belongs to the pager while it runs (less uses it to stop a search); without this
        // the tool would die under it and hand the prompt back while less still owns the screen.
        static void KeepRunning(object? sender, ConsoleCancelEventArgs e) => e.Cancel = true;
        Console.CancelKeyPress += KeepRunning;
        try
        {
            using (process)
            {
                try
                {
                    process.StandardInput.Write(text);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The reader quit the pager before reading everything: that is not an error.
                }

                process.WaitForExit();
                // The shell's "command not found" (127) and "cannot execute" (126): nothing was
                // shown, so the caller prints the text instead of losing it.
                return process.ExitCode is not (CannotExecute or NotFound);
            }
        }
        finally
        {
            Console.CancelKeyPress -= KeepRunning;
        }
    }

    private static ProcessStartInfo? StartInfo(string? pagerVariable)
    {
        ProcessStartInfo start;
        if (!string.IsNullOrWhiteSpace(pagerVariable))
        {
            // $PAGER may carry arguments ("less -S"), so the shell splits it as other tools do.
            start = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", pagerVariable } };
        }
        else if (FindOnPath("less") is { } less)
        {
            start = new ProcessStartInfo(less) { ArgumentList = { "-R" } };
        }
        else
        {
            return null;
        }

        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.StandardInputEncoding = new UTF8Encoding(false);
        // A $PAGER of plain "less" would show colour codes as text; LESS=R fixes that unless the user set LESS.
        if (Environment.GetEnvironmentVariable("LESS") is null)
        {
            start.Environment["LESS"] = "R";
        }

        return start;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
