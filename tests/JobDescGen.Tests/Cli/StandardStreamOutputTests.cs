using System.Diagnostics;
using JobDescGen.Cli;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

/// <summary>
/// The new-user trial: "-o /dev/stderr" with stderr redirected to a file was refused as "a link";
/// and a full disk named the file twice in one message.
/// </summary>
public sealed class StandardStreamOutputTests
{
    [Theory]
    [InlineData("/dev/stderr")]
    [InlineData("/dev/fd/2")]
    public void Dev_stderr_means_the_error_stream(string path)
    {
        var run = CliRun.Of("generate", "--profiles", RepoPaths.Profiles, "--level", "A1", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Leidinggevende", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Dev_stderr_redirected_to_a_file_gets_the_document()
    {
        using var temp = new TempFolder();
        var tool = Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".dll");
        var errors = temp.Of("errors.txt");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("dotnet \"$1\" generate --profiles \"$2\" --level A1 --format pdf -o /dev/stderr 2>\"$3\"");
        start.ArgumentList.Add("bash");
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add(RepoPaths.Profiles);
        start.ArgumentList.Add(errors);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, output);
        var bytes = File.ReadAllBytes(errors);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.Equal("%%EOF", System.Text.Encoding.ASCII.GetString(bytes[^6..]).Trim());
    }

    [Fact]
    public void A_full_disk_is_said_once_with_the_path_once()
    {
        var run = CliRun.Of("generate", "--profiles", RepoPaths.Profiles, "--level", "A1", "--output", "/dev/full");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "error: cannot write /dev/full: No space left on device\n  hint: check that the folder is writable and the disk has room, or choose another --output\n",
            run.Error);
    }
}
