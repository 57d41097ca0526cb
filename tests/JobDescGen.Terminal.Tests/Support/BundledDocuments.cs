using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Rendering;
using JobDescGen.Testing;

namespace JobDescGen.Terminal.Tests.Support;

/// <summary>The bundled profile's job descriptions, generated once with a pinned date so snapshots are stable.</summary>
public static class BundledDocuments
{
    /// <summary>The date written into every test document.</summary>
    public static readonly DateOnly Date = new(2026, 1, 15);

    /// <summary>The levels of the bundled profile.</summary>
    public static readonly string[] Levels = ["C", "B", "A1", "A2"];

    private static readonly Lazy<Dictionary<string, GeneratedMarkdown>> Documents = new(() =>
    {
        var loaded = ProfileSetLoader.Load(RepoPaths.BundledProfile);
        var profile = loaded.Profile ?? throw new InvalidOperationException("the bundled profile does not load");
        var generator = new JobDescriptionGenerator(new TemplateSource(null), Date);
        return Levels.ToDictionary(level => level, level => generator.Generate(profile, level));
    });

    /// <summary>The generated Markdown of <paramref name="level"/>.</summary>
    public static GeneratedMarkdown Of(string level) => Documents.Value[level];
}
