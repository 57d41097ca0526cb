using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, critical 6 and the exit-70 list: a FIFO, a device, a socket, a folder, a link loop or
/// a huge file where the tool reads input is a located error (exit 1), never a hang or a crash.
/// Each test would hang for ever, or exit 70, before the fix.
/// </summary>
public sealed class SpecialInputFileTests
{
    [Theory]
    [InlineData("leidinggevende/levels/D.yaml")]
    [InlineData("leidinggevende/profile.yaml")]
    [InlineData("levels.yaml")]
    public void A_fifo_input_is_a_located_error(string relative)
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var path = Path.Combine(profiles, relative);
        File.Delete(path);
        HostileFiles.Fifo(path);

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: error: cannot read the file: it is a FIFO (named pipe), not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_as_a_label_file_or_template_is_a_located_error()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        HostileFiles.Fifo(temp.Of("templates", "lang", "nl.yaml"));
        HostileFiles.Fifo(temp.Of("templates", "job-description.md.sbn"));

        var run = CliRun.Of("validate", profiles, "--templates", temp.Of("templates"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nl.yaml: error: cannot read the file: it is a FIFO", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_as_the_word_reference_document_is_an_error_not_a_hang()
    {
        using var temp = new TempFolder();
        var fifo = HostileFiles.Fifo(temp.Of("templates", "reference.docx"));

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "A1", "--format", "docx", "--output", temp.Of("out.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{fifo}: error: reference.docx is not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_file_linked_to_dev_zero_is_a_located_error()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var level = Path.Combine(HostileFiles.Profile(profiles), "levels", "D.yaml");
        HostileFiles.Link(level, "/dev/zero");

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{level}: error: cannot read the file: it is a link to /dev/zero", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_like_a_level_file_is_reported_not_dropped()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var folder = Directory.CreateDirectory(Path.Combine(HostileFiles.Profile(profiles), "levels", "D.yaml")).FullName;

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder}: error: this is a folder, not a level file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_file_in_capitals_is_loaded()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var levels = Path.Combine(HostileFiles.Profile(profiles), "levels");
        File.Move(Path.Combine(levels, "C.yaml"), Path.Combine(levels, "C.YAML"));

        var run = CliRun.Of("list", "--profiles", profiles);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("C, B, A1, A2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_a_located_error()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var level = Path.Combine(HostileFiles.Profile(profiles), "levels", "D.yaml");
        HostileFiles.Sparse(level, 5L * 1024 * 1024);

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{level}: error: cannot read the file: it is 5 MiB; input files are limited to 4 MiB", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_socket_a_giant_file_and_a_link_loop_in_a_profile_folder_do_not_stop_a_build()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var profile = HostileFiles.Profile(profiles);
        using var socket = HostileFiles.Socket(Path.Combine(profile, "socket"));
        HostileFiles.Sparse(Path.Combine(profile, "giant.bin"), 3L * 1024 * 1024 * 1024);
        HostileFiles.Link(Path.Combine(profile, "loop-a"), Path.Combine(profile, "loop-b"));
        HostileFiles.Link(Path.Combine(profile, "loop-b"), Path.Combine(profile, "loop-a"));
        HostileFiles.Link(Path.Combine(profile, "up"), profiles);
        HostileFiles.Fifo(Path.Combine(profile, "notes.fifo"));

        var run = CliRun.Of("build", "--profiles", profiles, "--out", temp.Of("out"), "--formats", "md");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("5 built", run.Output, StringComparison.Ordinal); // four levels and the overview
    }
}
