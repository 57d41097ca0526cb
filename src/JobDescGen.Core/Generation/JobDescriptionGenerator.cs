using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Jobs;
using JobDescGen.Jobs.Model;
using JobDescGen.Jobs.Resolving;
using JobDescGen.Marking;
using JobDescGen.Model;
using JobDescGen.Overview;
using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Generation;

/// <summary>
/// The pipeline after loading: resolve a level, load the language's labels, render the template, parse and mark the Markdown.
/// One instance serves many documents and reuses parsed templates and label files.
/// </summary>
public sealed class JobDescriptionGenerator(TemplateSource templates, DateOnly fallbackDate)
{
    private readonly JobDescriptionRenderer _renderer = new(templates);
    private readonly Lazy<OverviewGenerator> _overview = new(() => new OverviewGenerator(templates));
    private readonly ConcurrentDictionary<string, (LanguagePack? Pack, IReadOnlyList<Diagnostic> Diagnostics)> _languages = new(StringComparer.Ordinal);

    /// <summary>The templates used.</summary>
    public TemplateSource Templates => templates;

    /// <summary>Resolves <paramref name="levelId"/> of <paramref name="profile"/> and renders it to Markdown.</summary>
    public GeneratedDocument Generate(RoleProfile profile, string levelId, string? language = null) =>
        Render(LevelResolver.Resolve(profile, levelId, language, fallbackDate), TemplateSource.JobDescriptionTemplate, $"{profile.FindLevel(levelId)?.File ?? profile.File} (profile '{profile.Id}', level {levelId})");

    /// <summary>Resolves the specific <paramref name="job"/> on its generic <paramref name="profile"/> and renders it with the job template.</summary>
    public GeneratedDocument GenerateJob(SpecificJob job, RoleProfile profile, string? language = null) =>
        Render(JobResolver.Resolve(job, profile, language, fallbackDate), JobTemplate.Name, $"{job.File} (job '{job.Id}' on profile '{profile.Id}', level {job.Level.Id})");

    // subject: the file whose data the template renders, named by an error about a loop or time limit.
    private GeneratedDocument Render(LevelDescription description, string templateName, string subject)
    {
        var (pack, languageDiagnostics) = Labels(description.Language);

        if (pack is null || languageDiagnostics.ErrorCount() > 0)
        {
            return new GeneratedDocument(description, null, languageDiagnostics);
        }

        var result = _renderer.Render(description, pack, templateName, subject);
        var document = result.Markdown is null ? null : RenderedDocument.Create(description, pack, result.Markdown);
        return new GeneratedDocument(description, document, [.. languageDiagnostics, .. result.Diagnostics]);
    }

    /// <summary>Resolves every level of <paramref name="profile"/> (catalogue order) and renders their overview in <paramref name="language"/>.</summary>
    public GeneratedDocument GenerateOverview(RoleProfile profile, string language)
    {
        var levels = profile.Levels.Select(l => LevelResolver.Resolve(profile, l.LevelId, language, fallbackDate)).ToList();
        var (pack, languageDiagnostics) = Labels(language);
        if (pack is null || languageDiagnostics.ErrorCount() > 0)
        {
            return new GeneratedDocument(levels[0], null, languageDiagnostics);
        }

        var (document, diagnostics) = _overview.Value.Generate(levels, pack, $"{profile.File} (profile '{profile.Id}', overview)");
        return new GeneratedDocument(levels[0], document, [.. languageDiagnostics, .. diagnostics]);
    }

    // Each language's labels are read once for all documents.
    private (LanguagePack? Pack, IReadOnlyList<Diagnostic> Diagnostics) Labels(string language) =>
        _languages.GetOrAdd(language, lang =>
        {
            var bag = new DiagnosticBag();
            var pack = LanguagePackLoader.Load(lang, templates.UserDirectory, bag);
            return (pack, [.. bag]);
        });
}
