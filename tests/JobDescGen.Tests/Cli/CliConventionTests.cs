using System.Diagnostics;
using System.Reflection;
using JobDescGen.Cli;
using JobDescGen.Cli.Commands;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

public sealed class CliConventionTests
{
    [Fact]
    public void A_bare_jobdescgen_shows_the_help()
    {
        var run = CliRun.Of();
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("generate", run.Output, StringComparison.Ordinal);
        Assert.Contains("completion", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var expected = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var run = CliRun.Of("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$", expected);
    }

    [Fact]
    public void An_unknown_level_in_build_is_a_usage_error_like_in_generate()
    {
        using var temp = new TempFolder();
        var build = CliRun.Of("build", "--profiles", RepoPaths.Profiles, "--out", temp.Of("out"), "--levels", "A9");
        var generate = CliRun.Of("generate", "--profiles", RepoPaths.Profiles, "--level", "A9", "-o", "-");
        Assert.Equal(2, generate.ExitCode);
        Assert.Equal(2, build.ExitCode);
        Assert.Contains("unknown level 'A9'", build.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A1,Z", "unknown level 'Z' in --levels")]
    [InlineData("Z,Y", "unknown levels 'Z', 'Y' in --levels")]
    public void An_unknown_level_in_build_stops_it_before_anything_is_written(string levels, string message)
    {
        using var temp = new TempFolder();
        foreach (var check in new[] { false, true })
        {
            var build = CliRun.Of([.. "build --profiles".Split(' '), RepoPaths.Profiles, "--out", temp.Of("out"), "--levels", levels, .. check ? new[] { "--check" } : []]);

            Assert.Equal(2, build.ExitCode);
            Assert.Contains($"error: {message}", build.Error, StringComparison.Ordinal);
            Assert.Contains("hint: levels: D, C, B, A1", build.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("is not what the build makes", build.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(temp.Of("out")), "the output folder was made");
        }
    }

    [Theory]
    [InlineData("\u001b[31mfoo")]
    [InlineData("preview", "--width", "\u001b[31m5")]
    [InlineData("generate", "--level", "A1", "--format", "\u001b[31mx")]
    [InlineData("completion", "\u001b[31mx")]
    public void An_escape_sequence_typed_in_an_argument_is_shown_not_sent_to_the_terminal(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.Contains("\u241b[31m", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_alone_is_the_one_error()
    {
        var run = CliRun.Of("--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: unknown option '--bogus'", "  hint: run 'jobdescgen --help' for usage"], run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_file_given_as_templates_folder_is_a_usage_error_not_the_built_in_templates()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Of("afile"), "x");

        var run = CliRun.Of("generate", "--profiles", RepoPaths.Profiles, "--level", "A1", "-t", temp.Of("afile"), "-o", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("is a file; --templates takes the folder that holds the templates", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_names_the_profile_or_job_argument_instead_of_listing_every_id()
    {
        // The bundled profiles and jobs are completion's values; the help must not spell them out.
        var help = CliRun.Of("--help").Output;

        Assert.Contains("generate <PROFILE|JOB>", help, StringComparison.Ordinal);
        Assert.Contains("overview <PROFILE>", help, StringComparison.Ordinal);
        Assert.DoesNotContain("leidinggevende", help, StringComparison.Ordinal);
        Assert.Contains("Markdown, PDF, Word and HTML", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff", "d.json", "{")]
    [InlineData("diff", "d.md", "# Leidinggevende: Niveau C → Niveau A2")]
    [InlineData("diff", "d.txt", "Leidinggevende: Niveau C → Niveau A2")]
    [InlineData("explain", "e.yaml", "profile_id: leidinggevende")]
    [InlineData("explain", "e.json", "{")]
    public void A_report_takes_its_format_from_the_output_files_extension(string command, string file, string start)
    {
        using var temp = new TempFolder();
        string[] levels = command == "diff" ? ["--from", "C", "--to", "A2"] : ["--level", "A1"];

        var run = CliRun.Of([command, .. levels, "--profiles", RepoPaths.Profiles, "-o", temp.Of(file)]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(start, File.ReadAllText(temp.Of(file)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_format_that_contradicts_the_output_file_is_a_usage_error()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("diff", "--from", "C", "--to", "A2", "--format", "md", "--profiles", RepoPaths.Profiles, "-o", temp.Of("d.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format md does not match the output file", run.Error, StringComparison.Ordinal);
        Assert.Contains("use --format json, or name the file .md", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Of("d.json")));
    }

    [Fact]
    public void Help_of_generate_lists_the_formats()
    {
        var run = CliRun.Of("generate", "--help");
        Assert.Contains("md: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("pdf: ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jobdescgen generate --profiles {profiles} --level ", "A1 A2 B C")]
    [InlineData("jobdescgen generate leidinggevende --profiles {profiles} --level A", "A1 A2")]
    [InlineData("jobdescgen preview --profiles {profiles} --level C --compare ", "A1 A2 B C")]
    [InlineData("jobdescgen build --profiles {profiles} --levels ", "A1 A2 B C")]
    [InlineData("jobdescgen generate --profiles {profiles} ", "leidinggevende")]
    [InlineData("jobdescgen generate --level A1 --format ", "md pdf")]
    [InlineData("jobdescgen comp", "completion")]
    public void Tab_completes_levels_profiles_formats_and_commands(string line, string expected)
    {
        // The line as a shell passes it, the cursor at its end.
        line = line.Replace("{profiles}", RepoPaths.Profiles, StringComparison.Ordinal);
        var run = CliRun.Of($"[suggest:{line.Length}]", line);
        Assert.Equal(0, run.ExitCode);
        var candidates = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var value in expected.Split(' '))
        {
            Assert.Contains(value, candidates);
        }
    }

    [Fact]
    public void Completion_of_a_missing_profiles_folder_offers_nothing_and_does_not_fail()
    {
        var line = "jobdescgen generate --profiles /nonexistent --level ";
        var run = CliRun.Of($"[suggest:{line.Length}]", line);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output.Trim());
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _jobdescgen_complete jobdescgen")]
    [InlineData("zsh", "#compdef jobdescgen")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName jobdescgen")]
    [InlineData("powershell", "Register-ArgumentCompleter -Native -CommandName jobdescgen")]
    public void Completion_prints_the_script_of_each_shell(string shell, string marker)
    {
        var run = CliRun.Of("completion", shell);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(marker, run.Output, StringComparison.Ordinal);
        Assert.Contains("[suggest:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_shell_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Of("completion", "fish").ExitCode);

    [Fact]
    public void The_bash_script_completes_levels_in_a_real_bash()
    {
        // The script calls 'jobdescgen': here a function running this build of the tool.
        var tool = Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".dll");
        var script = $$"""
            jobdescgen() { dotnet "{{tool}}" "$@"; }
            {{CompletionCommand.Script("bash")}}
            COMP_LINE="jobdescgen generate --profiles {{RepoPaths.Profiles}} --level A"
            COMP_POINT=${#COMP_LINE}
            COMP_WORDS=(jobdescgen generate --profiles {{RepoPaths.Profiles}} --level A)
            COMP_CWORD=5
            _jobdescgen_complete
            printf '%s\n' "${COMPREPLY[@]}"
            """;
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var bash = Process.Start(start)!;
        bash.StandardInput.Write(script);
        bash.StandardInput.Close();
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        Assert.Equal(["A1", "A2"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }
}
