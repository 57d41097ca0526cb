using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Explaining;

/// <summary>
/// What a template receives for one level: the very variables <see cref="TemplateModelBuilder"/>
/// gives the renderer (names as the template uses them, texts escaped for Markdown as the template sees them).
/// </summary>
public static class LevelExplainer
{
    /// <summary>The template variables of <paramref name="description"/> with <paramref name="labels"/>, written as <paramref name="format"/>.</summary>
    public static string Explain(LevelDescription description, LanguagePack labels, ExplainFormat format)
    {
        var model = TemplateModelBuilder.Build(description, labels);
        return format == ExplainFormat.Yaml ? TemplateDataWriter.Yaml(model) : TemplateDataWriter.Json(model);
    }
}
