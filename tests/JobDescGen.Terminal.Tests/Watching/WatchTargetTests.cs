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
}
