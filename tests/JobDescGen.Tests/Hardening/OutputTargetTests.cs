using JobDescGen.Loading.Files;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, critical 1: the atomic writer renamed its temporary file over whatever the output
/// path was, so 'generate --output /dev/null' run as root replaced the device with a file.
/// </summary>
public sealed class OutputTargetTests
{
    [Fact]
    public void Generate_into_dev_null_writes_into_the_device_and_keeps_it()
    {
        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--level", "A1", "--output", "/dev/null");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(FileKind.CharacterDevice, FileProbe.KindOf("/dev/null"));
        Assert.Equal(0, new FileInfo("/dev/null").Length);
    }

    [Fact]
    public async Task Generate_into_a_fifo_writes_into_the_pipe_and_keeps_it()
    {
        using var temp = new TempFolder();
        var fifo = HostileFiles.Fifo(temp.Of("pipe.md"));
        var reader = Task.Run(() => File.ReadAllTextAsync(fifo));

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--level", "A1", "--output", fifo);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Leidinggevende", await reader, StringComparison.Ordinal);
        Assert.Equal(FileKind.Fifo, FileProbe.KindOf(fifo));
    }

    [Fact]
    public void Dev_stdout_means_stdout()
    {
        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--level", "A1", "--output", "/dev/stdout");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Leidinggevende", run.Output, StringComparison.Ordinal);
        Assert.Equal(FileKind.SymbolicLink, FileProbe.KindOf("/dev/stdout"));
    }

    [Fact]
    public void An_output_path_that_is_a_link_is_refused_and_its_target_untouched()
    {
        using var temp = new TempFolder();
        var target = temp.Write("precious.txt", "keep me");
        var link = HostileFiles.Link(temp.Of("out.md"), target);

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--level", "A1", "--output", link);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cannot write {link}: it is a link (to {target}), and the tool replaces only regular files", run.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(target));
        Assert.Equal(FileKind.SymbolicLink, FileProbe.KindOf(link));
    }

    [Fact]
    public void An_output_path_that_is_a_folder_or_socket_is_refused()
    {
        using var temp = new TempFolder();
        using var socket = HostileFiles.Socket(temp.Of("socket.md"));

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--level", "A1", "--output", temp.Of("socket.md"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("it is a socket, not a regular file", run.Error, StringComparison.Ordinal);
        Assert.Equal(FileKind.Socket, FileProbe.KindOf(temp.Of("socket.md")));
    }
}
