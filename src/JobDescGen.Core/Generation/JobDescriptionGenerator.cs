using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Model;
using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Generation;

/// <summary>
/// The pipeline after loading: resolve a level, load the language's labels, render the template.
/// One instance serves many documents and reuses parsed templates and label files.
/// </summary>
public sealed class JobDescriptionGenerator(TemplateSource templates, DateOnly fallbackDate)
{
    private readonly JobDescriptionRenderer _renderer = new(templates);
    private readonly ConcurrentDictionary<string, (LanguagePack? Pack, IReadOnlyList<Diagnostic> Diagnostics)> _languages = new(StringComparer.Ordinal);

    /// <summary>The templates used.</summary>
    public TemplateSource Templates => templates;

    /// <summary>Resolves <paramref name="levelId"/> of <paramref name="profile"/> and renders it to Markdown.</summary>
    public GeneratedMarkdown Generate(RoleProfile profile, string levelId, string? language = null)
    {
        var description = LevelResolver.Resolve(profile, levelId, language, fallbackDate);
        var (pack, languageDiagnostics) = _languages.GetOrAdd(description.Language, lang =>
        {
            var bag = new DiagnosticBag();
            var pack = LanguagePackLoader.Load(lang, templates.UserDirectory, bag);
            return (pack, [.. bag]);
        });

        if (pack is null || languageDiagnostics.ErrorCount() > 0)
        {
            return new GeneratedMarkdown(description, null, languageDiagnostics);
        }

        var result = _renderer.Render(description, pack);
        return new GeneratedMarkdown(description, result.Markdown, [.. languageDiagnostics, .. result.Diagnostics], pack);
    }
}
