using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Marking;
using JobDescGen.Model;
using JobDescGen.Rendering;
using Xunit;

namespace JobDescGen.Testing;

/// <summary>
/// The bundled profile and its documents with the built-in templates, made once per test run with
/// one pinned date, for every test project.
/// </summary>
public static class BundledDocuments
{
    /// <summary>The date of documents whose profile has none (the bundled profile has its own).</summary>
    public static readonly DateOnly PinnedDate = new(2026, 1, 15);

    /// <summary>The levels of the bundled profile, lowest first.</summary>
    public static readonly string[] Levels = ["C", "B", "A1", "A2"];

    private static readonly Lazy<RoleProfile> LazyProfile = new(() => LoadProfile(RepoPaths.BundledProfile));
    private static readonly ConcurrentDictionary<string, GeneratedDocument> Generated = new(StringComparer.Ordinal);
    private static readonly Lazy<GeneratedDocument> LazyOverview = new(() =>
    {
        var generated = new JobDescriptionGenerator(new TemplateSource(null), PinnedDate).GenerateOverview(Profile, "nl");
        Assert.True(generated.Succeeded, string.Join("\n", generated.Diagnostics.Select(d => d.Headline)));
        return generated;
    });

    /// <summary>The bundled profile "leidinggevende".</summary>
    public static RoleProfile Profile => LazyProfile.Value;

    /// <summary>The rendered, marked document of a bundled level (cached: do not change it).</summary>
    public static RenderedDocument Document(string level) =>
        Generated.GetOrAdd(level, l => Generate(Profile, l)).Required;

    /// <summary>The overview of the bundled profile (every level side by side, in Dutch), made once per test run.</summary>
    public static RenderedDocument Overview() => LazyOverview.Value.Required;

    /// <summary>The Markdown of a bundled level.</summary>
    public static string Markdown(string level) => Document(level).Markdown;

    /// <summary>Generates <paramref name="level"/> of <paramref name="profile"/> with <paramref name="templates"/> (null: built-in); asserts it succeeds.</summary>
    public static GeneratedDocument Generate(RoleProfile profile, string level, string? templates = null, DateOnly? date = null)
    {
        var generated = new JobDescriptionGenerator(new TemplateSource(templates), date ?? PinnedDate).Generate(profile, level);
        Assert.True(generated.Succeeded, string.Join("\n", generated.Diagnostics.Select(d => d.Headline)));
        return generated;
    }

    /// <summary>
    /// Raw Markdown parsed and marked as if the built-in template had made it for A1 of the bundled
    /// profile: for writer tests that feed hand-written Markdown.
    /// </summary>
    public static RenderedDocument Mark(string markdown, string level = "A1") =>
        RenderedDocument.Create(Document(level).Description, Document(level).Language, markdown);

    /// <summary>Loads the profile in <paramref name="directory"/>; asserts it has no errors.</summary>
    public static RoleProfile LoadProfile(string directory)
    {
        var loaded = ProfileSetLoader.Load(directory);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Select(d => d.Headline)));
        return loaded.Profile!;
    }
}
