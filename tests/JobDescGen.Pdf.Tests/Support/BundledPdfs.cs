using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Marking;
using JobDescGen.Model;
using JobDescGen.Pdf.Theme;
using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>The PDFs of the bundled profile and of the stress profile, made once per test run with the built-in theme.</summary>
internal static class BundledPdfs
{
    private static readonly ConcurrentDictionary<string, (RenderedDocument Document, byte[] Pdf)> Cache = new();

    public static string[] Levels => BundledDocuments.Levels;

    public static PdfTheme Theme { get; } = LoadTheme();

    public static RoleProfile Bundled => BundledDocuments.Profile;

    public static RoleProfile Stress { get; } = BundledDocuments.LoadProfile(Path.Combine(AppContext.BaseDirectory, "TestData", "profiles", "stress"));

    public static (RenderedDocument Document, byte[] Pdf) Get(RoleProfile profile, string level) =>
        Cache.GetOrAdd(profile.Id + "/" + level, _ =>
        {
            var document = Generate(profile, level);
            return (document, new PdfDocumentWriter(Theme).Write(document));
        });

    public static RenderedDocument Generate(RoleProfile profile, string level) =>
        BundledDocuments.Generate(profile, level).Required;

    private static PdfTheme LoadTheme()
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(null, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Select(d => d.Headline)));
        return theme!;
    }
}
