using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Pipeline;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Pipeline;

/// <summary>The one pipeline every command runs: selection problems as diagnostics with one wording, and the status that becomes the exit code.</summary>
public sealed class JobDescPipelineTests
{
    private static readonly JobDescPipeline Pipeline = new(new PipelineSettings(null, BundledDocuments.PinnedDate, new FormatRegistry([new MarkdownFormat()])));

    [Fact]
    public void A_request_for_a_bundled_level_gives_its_marked_document()
    {
        var run = Pipeline.Generate(new DocumentRequest(null, RepoPaths.Profiles, "a1", null));

        Assert.Equal(PipelineStatus.Ok, run.Status);
        Assert.Equal(BundledDocuments.Markdown("A1"), run.Generated!.Required.Markdown);
        Assert.Equal("A1", run.Generated.Description.Level.Id);
    }

    [Theory]
    [InlineData("A3", "profile 'leidinggevende' has no level A3")]
    [InlineData("Z9", "unknown level 'Z9'")]
    public void A_level_the_profile_lacks_is_a_usage_problem_located_at_its_levels_folder(string level, string message)
    {
        var run = Pipeline.Generate(new DocumentRequest("leidinggevende", RepoPaths.Profiles, level, null));

        Assert.Equal(PipelineStatus.UsageError, run.Status);
        var problem = Assert.Single(run.Diagnostics);
        Assert.Equal(message, problem.Message);
        Assert.Equal("levels of 'leidinggevende': C, B, A1, A2", problem.Hint);
        Assert.Equal(Path.Combine(RepoPaths.BundledProfile, "levels"), problem.Location.File);
    }

    [Fact]
    public void A_language_the_profile_is_not_written_in_is_a_usage_problem()
    {
        var run = Pipeline.Generate(new DocumentRequest(null, RepoPaths.Profiles, "A1", "de"));

        Assert.Equal(PipelineStatus.UsageError, run.Status);
        Assert.Equal("profile 'leidinggevende' is not written in 'de'", Assert.Single(run.Diagnostics).Message);
    }

    [Fact]
    public void An_unknown_profile_gets_a_did_you_mean()
    {
        var run = Pipeline.Generate(new DocumentRequest("leidinggevend", RepoPaths.Profiles, "A1", null));

        Assert.Equal(PipelineStatus.UsageError, run.Status);
        Assert.Equal("did you mean 'leidinggevende'?", Assert.Single(run.Diagnostics).Hint);
    }

    [Fact]
    public void A_profile_with_errors_is_a_content_error_with_the_loaders_diagnostics()
    {
        using var folder = new TempFolder();
        folder.Write("levels.yaml", File.ReadAllText(Path.Combine(RepoPaths.Profiles, "levels.yaml")));
        folder.Write("kapot/profile.yaml", "id: kapot\n");

        var run = Pipeline.Generate(new DocumentRequest(null, folder.Path, "A1", null));

        Assert.Equal(PipelineStatus.ContentError, run.Status);
        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.StartsWith(folder.Path, d.Location.File, StringComparison.Ordinal));
    }

    [Fact]
    public void The_preview_uses_the_same_wording_for_a_missing_level()
    {
        var pipeline = Pipeline.Generate(new DocumentRequest(null, RepoPaths.Profiles, "A5", null));
        var preview = CliRun.Of("preview", "--level", "A5", "--profiles", RepoPaths.Profiles);
        var generate = CliRun.Of("generate", "--level", "A5", "--profiles", RepoPaths.Profiles);

        var message = Assert.Single(pipeline.Diagnostics).Message;
        Assert.Equal(2, preview.ExitCode);
        Assert.Equal(2, generate.ExitCode);
        Assert.Contains(message, preview.Error, StringComparison.Ordinal);
        Assert.Contains(message, generate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_checks_each_registered_formats_settings()
    {
        var checkedFormats = new List<string>();
        var registry = new FormatRegistry([new CountingFormat(checkedFormats)]);
        var run = new JobDescPipeline(new PipelineSettings(null, BundledDocuments.PinnedDate, registry)).Validate([RepoPaths.Profiles]);

        Assert.Equal(["counting"], checkedFormats);
        Assert.Equal(PipelineStatus.ContentError, run.Status);
        Assert.Contains(run.Diagnostics, d => d.Message == "the counting settings are broken");
        Assert.Equal(4, run.Documents);
    }

    private sealed class CountingFormat(List<string> calls) : IOutputFormat
    {
        public string Name => "counting";

        public string Extension => "cnt";

        public string MediaType => "text/plain";

        public string Description => "counts";

        public JobDescGen.Writing.IDocumentWriter? CreateWriter(FormatContext context, DiagnosticBag diagnostics)
        {
            calls.Add(Name);
            diagnostics.Error(SourceLocation.FileOnly("settings.yaml"), "the counting settings are broken");
            return null;
        }
    }
}
