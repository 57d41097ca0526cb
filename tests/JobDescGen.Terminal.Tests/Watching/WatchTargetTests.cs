using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Watching;
using Xunit;

namespace JobDescGen.Terminal.Tests.Watching;

public sealed class WatchTargetTests
{
    [Fact]
    public void Watches_the_profile_the_shared_level_catalogue_and_the_templates()
    {
        using var sandbox = new ProfileSandbox();

        var targets = WatchTarget.ForPreview(sandbox.Profile, sandbox.Templates);

        Assert.Equal(
            [
                new WatchTarget(sandbox.Profile, "*", true),
                new WatchTarget(Path.Combine(sandbox.Root, "profiles"), "levels.yaml", false),
                new WatchTarget(sandbox.Templates, "*", true),
            ],
            targets);
    }

    [Fact]
    public void Leaves_out_a_templates_folder_that_does_not_exist()
    {
        using var sandbox = new ProfileSandbox();

        Assert.Equal(2, WatchTarget.ForPreview(sandbox.Profile, Path.Combine(sandbox.Root, "none")).Count);
        Assert.Equal(2, WatchTarget.ForPreview(sandbox.Profile, null).Count);
    }

    [Theory]
    [InlineData("A1.yaml", true)]
    [InlineData("levels.yml", true)]
    [InlineData("theme.yaml", true)]
    [InlineData("job-description.md.sbn", true)]
    [InlineData("NL.YAML", true)]
    [InlineData(".A1.yaml.swp", false)]
    [InlineData("A1.yaml.swp", false)]
    [InlineData("A1.yaml~", false)]
    [InlineData("4913", false)]
    [InlineData("notes.txt", false)]
    [InlineData(".hidden.yaml", false)]
    [InlineData("A1.yaml.tmp", false)]
    public void Only_yaml_and_template_files_are_inputs(string name, bool input)
    {
        Assert.Equal(input, WatchTarget.IsInput(Path.Combine("profiles", "leidinggevende", "levels", name)));
    }

    [Fact]
    public void Describes_the_targets_relative_to_the_current_folder()
    {
        using var sandbox = new ProfileSandbox();

        var text = WatchTarget.Describe(WatchTarget.ForPreview(sandbox.Profile, sandbox.Templates), sandbox.Root);

        Assert.Equal($"watching {Path.Combine("profiles", "leidinggevende")}, {Path.Combine("profiles", "levels.yaml")}, templates", text);
    }
}
