using System.Diagnostics;
using JobDescGen.Cli;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

/// <summary>
/// Every command with --output takes the same paths the same way (review: overview copied
/// generate's writing code without its checks, and the text reports had the /dev/stdout gap).
/// </summary>
public sealed class DocumentOutputTests
{
    public static TheoryData<string[], string> Commands => new()
    {
        { ["generate", "--level", "A1"], "# Leidinggevende" },
        { ["overview"], "# Leidinggevende" },
        { ["diff", "--from", "A1", "--to", "A2", "--format", "md"], "# " },
        { ["explain", "--level", "A1"], "{" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Dev_stdout_means_stdout_and_no_path_is_printed_after_the_document(string[] command, string start)
    {
        var run = CliRun.Of([.. command, "--profiles", RepoPaths.Profiles, "--output", "/dev/stdout"]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(start, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("/dev/stdout", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [InlineData("generate", "--level", "A1")]
    [InlineData("overview")]
    [InlineData("diff", "--from", "A1", "--to", "A2")]
    [InlineData("explain", "--level", "A1")]
    public void An_empty_output_is_a_usage_error_not_a_bug(params string[] command)
    {
        var run = CliRun.Of([.. command, "--profiles", RepoPaths.Profiles, "--output", ""]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --output is empty", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate", "leidinggevende-A1.md", "--level", "A1")]
    [InlineData("overview", "leidinggevende-overview.md")]
    [InlineData("overview", "leidinggevende-overview.pdf", "--format", "pdf")]
    public void A_new_folder_ending_in_a_separator_gets_the_default_name(string command, string name, params string[] rest)
    {
        using var temp = new TempFolder();
        var folder = temp.Of("new", "docs") + Path.DirectorySeparatorChar;

        var run = CliRun.Of([command, .. rest, "--profiles", RepoPaths.Profiles, "--output", folder]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Path.Combine(folder, name), run.Output.Trim());
        Assert.True(File.Exists(Path.Combine(folder, name)));
    }

    [Theory]
    [InlineData("diff", "--from", "A1", "--to", "A2")]
    [InlineData("explain", "--level", "A1")]
    public void A_report_into_a_folder_is_a_usage_error(params string[] command)
    {
        using var temp = new TempFolder();

        var run = CliRun.Of([.. command, "--profiles", RepoPaths.Profiles, "--output", temp.Path + "/"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder, not a file name", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Overview_and_generate_give_the_same_answer_for_a_mismatched_extension()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("overview", "--profiles", RepoPaths.Profiles, "--format", "md", "--output", temp.Of("x.pdf"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format md does not match the output file", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Of("x.pdf")));
    }

    [Theory]
    [InlineData("overview")]
    [InlineData("explain", "--level", "A1")]
    [InlineData("diff", "--from", "A1", "--to", "A2")]
    public void Dev_stdout_redirected_to_a_file_by_the_shell_fills_that_file(params string[] command)
    {
        // As a user runs it: 'jobdescgen overview -o /dev/stdout > file'. /dev/stdout is then a link
        // to a regular file, which the atomic writer refuses; the tool must write to its stdout instead.
        using var temp = new TempFolder();
        var tool = Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".dll");
        var target = temp.Of("captured.txt");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "dotnet \"$0\" \"$@\" -o /dev/stdout > \"$TARGET\"", tool, .. command, "--profiles", RepoPaths.Profiles])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TARGET"] = target;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, error);
        var text = File.ReadAllText(target);
        Assert.True(text.Length > 100, text);
        Assert.DoesNotContain("/dev/stdout", text, StringComparison.Ordinal);
    }
}
