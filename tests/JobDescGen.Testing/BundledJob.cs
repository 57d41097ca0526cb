using JobDescGen.Generation;
using JobDescGen.Jobs.Loading;
using JobDescGen.Marking;
using JobDescGen.Rendering;
using Xunit;

namespace JobDescGen.Testing;

/// <summary>The example specific job of the repository (jobs/), on the bundled profile, generated once per test run.</summary>
public static class BundledJob
{
    /// <summary>The example job's id.</summary>
    public const string Id = "teamleider-personeelsadministratie";

    /// <summary>The bundled jobs folder.</summary>
    public static string Folder => RepoPaths.Of("jobs");

    /// <summary>The example job's file.</summary>
    public static string File => Path.Combine(Folder, Id + ".yaml");

    private static readonly Lazy<GeneratedDocument> Generated = new(() => Generate(File, RepoPaths.Profiles));

    /// <summary>The example job's rendered, marked document (cached: do not change it).</summary>
    public static RenderedDocument Document => Generated.Value.Required;

    /// <summary>The example job's Markdown.</summary>
    public static string Markdown => Document.Markdown;

    /// <summary>Loads <paramref name="jobFile"/> on the profiles in <paramref name="profiles"/> and generates it; asserts both succeed.</summary>
    public static GeneratedDocument Generate(string jobFile, string profiles, string? templates = null)
    {
        var loaded = Load(jobFile, profiles);
        var generated = new JobDescriptionGenerator(new TemplateSource(templates), BundledDocuments.PinnedDate).GenerateJob(loaded.Job!, loaded.Profile!);
        Assert.True(generated.Succeeded, string.Join("\n", generated.Diagnostics.Select(d => d.Headline)));
        return generated;
    }

    /// <summary>Loads <paramref name="jobFile"/>; asserts it has no errors.</summary>
    public static JobLoadResult Load(string jobFile, string profiles)
    {
        var loaded = JobLoader.Load(jobFile, profiles);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Select(d => d.Headline)));
        return loaded;
    }
}
