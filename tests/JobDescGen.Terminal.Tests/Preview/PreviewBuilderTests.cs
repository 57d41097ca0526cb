using JobDescGen.Terminal.Preview;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using Xunit;

namespace JobDescGen.Terminal.Tests.Preview;

/// <summary>The builder turns every failure into diagnostics, so <c>--watch</c> never stops on an exception.</summary>
public sealed class PreviewBuilderTests
{
    private static readonly PreviewBuilder Builder = new(PreviewTheme.Default);

    [Fact]
    public void A_level_the_profile_lacks_is_a_diagnostic()
    {
        var frame = Builder.Build(Requests.For("D"));

        Assert.Null(frame.Document);
        var diagnostic = Assert.Single(frame.Diagnostics);
        Assert.Equal("profile 'leidinggevende' has no level D", diagnostic.Message);
        Assert.Equal("levels of 'leidinggevende': C, B, A1, A2", diagnostic.Hint);
    }

    [Fact]
    public void A_compare_level_the_profile_lacks_is_a_diagnostic()
    {
        var frame = Builder.Build(Requests.For("A1", "A5"));

        Assert.Null(frame.Document);
        Assert.Contains("has no level A5", Assert.Single(frame.Diagnostics).Message);
    }

    [Fact]
    public void A_missing_profile_folder_is_a_diagnostic()
    {
        var frame = Builder.Build(Requests.For("A1", profileDirectory: Path.Combine(Path.GetTempPath(), $"none-{Guid.NewGuid():N}")));

        Assert.Null(frame.Document);
        Assert.True(frame.HasErrors);
    }

    [Fact]
    public void A_broken_template_is_a_located_diagnostic()
    {
        using var sandbox = new ProfileSandbox();
        File.WriteAllText(Path.Combine(sandbox.Templates, "job-description.md.sbn"), "# {{ title }\n");

        var frame = Builder.Build(Requests.For("A1", profileDirectory: sandbox.Profile, templates: sandbox.Templates));

        Assert.Null(frame.Document);
        Assert.Contains(frame.Diagnostics, d => d.Location.File.EndsWith("job-description.md.sbn", StringComparison.Ordinal) && d.Location.HasPosition);
    }

    [Fact]
    public void A_level_file_deleted_between_builds_is_named_first()
    {
        using var sandbox = new ProfileSandbox();
        var builder = new PreviewBuilder(PreviewTheme.Default);
        var request = Requests.For("A1", profileDirectory: sandbox.Profile);
        Assert.NotNull(builder.Build(request).Document);

        File.Delete(sandbox.InProfile("levels", "A1.yaml"));
        var frame = builder.Build(request);

        Assert.Null(frame.Document);
        var first = frame.Diagnostics[0];
        Assert.Equal("level A1 no longer exists: its file was deleted or renamed", first.Message);
        Assert.Equal(sandbox.InProfile("levels", "A1.yaml"), first.Location.File);
    }
}
