using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Model;
using JobDescGen.Pdf.Theme;
using JobDescGen.Rendering;
using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>Generates (once per test run) the PDFs of the bundled profile and of the stress profile.</summary>
internal static class BundledDocuments
{
    /// <summary>The date every test document carries, so runs are comparable.</summary>
    public static readonly DateOnly PinnedDate = new(2026, 3, 1);

    public static readonly string[] Levels = ["C", "B", "A1", "A2"];

    private static readonly ConcurrentDictionary<string, (GeneratedMarkdown Markdown, byte[] Pdf)> Cache = new();

    public static PdfTheme Theme { get; } = LoadTheme();

    public static RoleProfile Bundled { get; } = LoadProfile(RepoPaths.BundledProfile);

    public static RoleProfile Stress { get; } = LoadProfile(Path.Combine(AppContext.BaseDirectory, "TestData", "profiles", "stress"));

    public static (GeneratedMarkdown Markdown, byte[] Pdf) Get(RoleProfile profile, string level) =>
        Cache.GetOrAdd(profile.Id + "/" + level, _ =>
        {
            var markdown = Generate(profile, level);
            return (markdown, new PdfDocumentWriter(Theme).Write(markdown));
        });

    public static GeneratedMarkdown Generate(RoleProfile profile, string level)
    {
        var generated = new JobDescriptionGenerator(new TemplateSource(null), PinnedDate).Generate(profile, level);
        Assert.True(generated.Succeeded, string.Join("\n", generated.Diagnostics.Select(d => d.Headline)));
        return generated;
    }

    private static PdfTheme LoadTheme()
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(null, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Select(d => d.Headline)));
        return theme!;
    }

    private static RoleProfile LoadProfile(string directory)
    {
        var loaded = ProfileSetLoader.Load(directory);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Select(d => d.Headline)));
        return loaded.Profile!;
    }
}
