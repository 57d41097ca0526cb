using JobDescGen.Diagnostics;
using JobDescGen.Marking;
using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Overview;

/// <summary>Renders the overview template over several levels and marks the result, ready for any registered format.</summary>
public sealed class OverviewGenerator(TemplateSource templates)
{
    /// <summary>The built-in (and overridable) template of the overview.</summary>
    public const string TemplateName = "overview.md.sbn";

    private readonly JobDescriptionRenderer _renderer = new(templates);

    /// <summary>The marked overview of <paramref name="levels"/> (one profile, one language, at least one level), or null with the template's diagnostics.</summary>
    public (RenderedDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Generate(IReadOnlyList<LevelDescription> levels, LanguagePack language, string? subject = null)
    {
        var result = _renderer.Render(OverviewModelBuilder.Build(levels, language), TemplateName, subject);
        return result.Markdown is null
            ? (null, result.Diagnostics)
            : (RenderedDocument.Create(OverviewDescription.Merge(levels, language), language, result.Markdown), result.Diagnostics);
    }
}
