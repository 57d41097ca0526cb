using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Model;
using JobDescGen.Rendering;
using JobDescGen.Testing;

namespace JobDescGen.Tests.Support;

/// <summary>The bundled profile, loaded once, and its Markdown per level with the built-in templates.</summary>
public static class BundledDocuments
{
    /// <summary>A fixed date so documents are the same every day.</summary>
    public static readonly DateOnly PinnedDate = new(2026, 1, 15);

    private static readonly Lazy<RoleProfile> LazyProfile = new(() =>
    {
        var result = ProfileSetLoader.Load(RepoPaths.BundledProfile);
        return result.Profile ?? throw new InvalidOperationException("the bundled profile does not load: " + string.Join("; ", result.Diagnostics.Select(d => d.Headline)));
    });

    /// <summary>The bundled profile "leidinggevende".</summary>
    public static RoleProfile Profile => LazyProfile.Value;

    /// <summary>The Markdown of one level with the built-in templates only.</summary>
    public static string Markdown(string level)
    {
        var generated = new JobDescriptionGenerator(new TemplateSource(null), PinnedDate).Generate(Profile, level);
        return generated.Markdown ?? throw new InvalidOperationException(string.Join("; ", generated.Diagnostics.Select(d => d.Headline)));
    }
}
