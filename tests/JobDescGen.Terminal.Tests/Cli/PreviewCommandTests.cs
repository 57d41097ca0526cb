using JobDescGen.Cli;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Terminal.Tests.Cli;

/// <summary><c>jobdescgen preview</c> end to end through the command line, with captured output.</summary>
public sealed class PreviewCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Prints_plain_text_when_the_output_is_not_a_terminal()
    {
        var (code, output, error) = Run("preview", "--level", "A1", "--profiles", RepoPaths.Profiles, "--width", "60");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", error);
        Assert.StartsWith("Leidinggevende — Niveau A1\n", output);
        Assert.DoesNotContain('\u001b', output);
        Assert.All(Render.Lines(output), line => Assert.True(line.Length <= 60, line));
    }

    [Fact]
    public void Compares_two_levels()
    {
        var (code, output, _) = Run("preview", "--level", "B", "--compare", "A1", "--profiles", RepoPaths.Profiles, "--width", "120");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("Leidinggevende — Niveau B", output);
        Assert.Contains("│  Leidinggevende — Niveau A1\n", output);
        Assert.Contains("≠ verschilt van Niveau A1", output);
    }

    [Theory]
    [InlineData("--level Z", "unknown level 'Z'")]
    [InlineData("--level D", "has no level D")]
    [InlineData("--level A1 --compare D", "has no level D")]
    [InlineData("--level A1 --width 5", "--width must be between 30 and 1000")]
    [InlineData("--level A1 --width 29", "--width must be between 30 and 1000")]
    [InlineData("--level A1 --width 1001", "--width must be between 30 and 1000")]
    [InlineData("--level A1 --compare a1", "--compare a1 is the level already shown by --level")]
    [InlineData("--level A1 --pager --watch", "--pager cannot be combined with --watch")]
    [InlineData("teamleider-personeelsadministratie --compare A1", "--compare works on a profile's levels, not on a specific job")]
    [InlineData("geen-job --watch", "geen-job")]
    public void A_wrong_command_line_exits_2_with_a_hint(string arguments, string message)
    {
        var (code, output, error) = Run(["preview", "--profiles", RepoPaths.Profiles, .. arguments.Split(' ')]);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal("", output);
        Assert.Contains(message, error);
        Assert.Contains("hint:", error);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("2.5")]
    public void A_width_that_is_no_whole_number_is_a_parse_error_not_a_crash(string width)
    {
        var (code, output, error) = Run("preview", "--level", "C", "--profiles", RepoPaths.Profiles, "--width", width);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal("", output);
        Assert.Contains($"error: --width takes a whole number of columns, not '{width}'", error);
        Assert.Contains("hint: run 'jobdescgen preview --help' for usage", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Plain_output_holds_no_escape_sequence_at_all()
    {
        var (code, output, _) = Run("preview", "--level", "A1", "--profiles", RepoPaths.Profiles, "--no-color", "--width", "80");

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("\n▸ Als coördinator de dagelijkse", output);
    }

    [Fact]
    public void A_broken_profile_exits_1_with_located_errors_and_no_stack_trace()
    {
        using var sandbox = new ProfileSandbox();
        File.AppendAllText(sandbox.InProfile("levels", "A1.yaml"), "criteria: [unclosed\n");

        var (code, output, error) = Run("preview", sandbox.Profile, "--level", "A1");

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Equal("", output);
        Assert.Matches(@"A1\.yaml:\d+:\d+: error: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Help_lists_the_options_and_examples()
    {
        var (code, output, _) = Run("preview", "--help");

        Assert.Equal(ExitCodes.Success, code);
        foreach (var option in new[] { "--level", "--width", "--watch", "--no-color", "--pager", "--compare" })
        {
            Assert.Contains(option, output);
        }

        Assert.Contains("jobdescgen preview --level A1 --watch", output);
        Assert.Contains("30 to 1000", output);
    }
}
