using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Rendering;
using JobDescGen.Testing;

namespace JobDescGen.Build.Tests;

public sealed class ConcurrentGenerationTests
{
    [Fact]
    public void One_generator_shared_by_many_threads_renders_what_it_renders_alone()
    {
        var profile = ProfileSetLoader.Load(RepoPaths.BundledProfile).Profile!;
        var levels = profile.Levels.Select(l => l.LevelId).ToArray();
        var expected = levels.ToDictionary(l => l, l => new JobDescriptionGenerator(new TemplateSource(RepoPaths.Templates), new DateOnly(2026, 1, 1)).Generate(profile, l).Document?.Markdown);

        var shared = new JobDescriptionGenerator(new TemplateSource(RepoPaths.Templates), new DateOnly(2026, 1, 1));
        var actual = new string?[400];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = shared.Generate(profile, levels[i % levels.Length]).Document?.Markdown);

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[levels[i % levels.Length]], actual[i]);
        }
    }
}
