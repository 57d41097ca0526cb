using JobDescGen.Rendering;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, critical 3 and 4: a template with exponential recursion hung every command, and a
/// document over 1 MiB was cut at 1,048,576 characters and ended in "…", with exit 0.
/// </summary>
public sealed class TemplateLimitTests
{
    [Fact]
    public void An_exponential_template_stops_at_the_time_limit_with_an_error_naming_it()
    {
        using var temp = new TempFolder();
        var template = temp.Write("templates/job-description.md.sbn", "{{ func f(n); if n > 0; f(n-1); f(n-1); end; end; f(40) }}");

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "A1", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{template}:1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("error: template error: the template 'job-description.md.sbn' ran longer than the 5 s render time limit", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_document_over_one_mebibyte_is_written_whole()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var notice = string.Join(' ', Enumerable.Range(0, 160_000).Select(i => "woord" + i));
        var file = Path.Combine(HostileFiles.Profile(profiles), "profile.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("version: \"1.0\"", $"version: \"{notice}\"", StringComparison.Ordinal));

        var run = CliRun.Of("generate", "--profiles", profiles, "--level", "A1", "--output", "-");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(run.Output.Length > 1_048_576);
        Assert.Contains("woord159999", run.Output, StringComparison.Ordinal);
        Assert.Contains("**specialisatie**", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_over_the_output_limit_is_an_error_not_a_cut()
    {
        using var temp = new TempFolder();
        temp.Write("templates/job-description.md.sbn", "{{ for i in 1..5000; '' | string.pad_left 1000; end }}");

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "A1", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: template error: the document from 'job-description.md.sbn' is longer than the 4,194,304-character limit", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(4 * 1024 * 1024, JobDescriptionRenderer.OutputLimit);
    }

    [Fact]
    public void A_template_that_writes_an_escape_sequence_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("templates/job-description.md.sbn", "# {{ \"Titel\\x1b]0;pwned\\x07\" }}\n");

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "A1", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: template error: the template 'job-description.md.sbn' writes the control character U+001B (ESC) into the document", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error + run.Output);
    }
}
