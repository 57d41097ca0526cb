using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Model;
using JobDescGen.Pipeline;
using JobDescGen.Rendering;
using JobDescGen.Terminal.Rendering;
using JobDescGen.Terminal.Theming;

namespace JobDescGen.Terminal.Preview;

/// <summary>
/// Runs the whole pipeline for a preview (load, resolve, render the template, parse the Markdown,
/// walk it into renderables) and turns every failure into diagnostics, never an exception, so
/// <c>--watch</c> can show what is wrong and carry on.
/// </summary>
/// <param name="theme">The styles.</param>
public sealed class PreviewBuilder(PreviewTheme theme)
{
    private readonly TerminalDocumentRenderer _renderer = new(theme);
    private readonly ComparisonRenderer _comparisons = new(theme);

    // The file of each level as of the last build that loaded the profile: when one disappears
    // (--watch, the file deleted or renamed), the profile's other errors that follow from it
    // ("definition not referenced") would otherwise hide the real cause.
    private readonly Dictionary<string, string> _levelFiles = new(StringComparer.OrdinalIgnoreCase);
    private string? _levelFilesOf;

    /// <summary>
    /// Builds the preview of <paramref name="request"/> from the files as they are now, or from
    /// <paramref name="loaded"/> when the caller has just loaded the profile (no second read).
    /// </summary>
    public PreviewFrame Build(PreviewRequest request, ProfileLoadResult? loaded = null)
    {
        try
        {
            return BuildFromFiles(request, loaded);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An editor may be half-way through saving (write a new file, rename it over the old
            // one); the change event that follows brings a retry.
            return Failed(request.ProfileDirectory, $"cannot read the input: {exception.Message}", "check that the files exist and are readable");
        }
    }

    private PreviewFrame BuildFromFiles(PreviewRequest request, ProfileLoadResult? preloaded)
    {
        if (_levelFilesOf != request.ProfileDirectory)
        {
            // What was learnt about another profile says nothing about this one.
            _levelFiles.Clear();
            _levelFilesOf = request.ProfileDirectory;
        }

        var loaded = preloaded ?? ProfileSetLoader.Load(request.ProfileDirectory);
        var vanished = VanishedLevels(request).ToList();
        if (loaded.Profile is null)
        {
            return new PreviewFrame(null, [.. vanished, .. loaded.Diagnostics]);
        }

        var profile = loaded.Profile;
        foreach (var level in profile.Levels)
        {
            _levelFiles[level.LevelId] = level.File;
        }

        var problems = LevelSelection.Check(profile, new[] { request.Level, request.CompareLevel }.OfType<string>(), request.Language);
        if (problems.Count > 0)
        {
            // A level whose file just vanished says why better than "has no level".
            return new PreviewFrame(null, vanished.Count > 0 ? vanished : problems);
        }

        // A new generator per build: it caches templates and labels, which may have just changed on disk.
        var generator = new JobDescriptionGenerator(new TemplateSource(request.TemplatesDirectory), request.FallbackDate);
        var first = Generate(generator, profile, request.Level, request.Language);
        var second = request.CompareLevel is null ? null : Generate(generator, profile, request.CompareLevel, request.Language);
        var diagnostics = loaded.Diagnostics.Concat(first.Diagnostics).Concat(second?.Diagnostics ?? []).ToList();
        if (first.Document is null || (second is not null && second.Document is null))
        {
            return new PreviewFrame(null, diagnostics);
        }

        if (second is null)
        {
            return new PreviewFrame(_renderer.Render(first.Document), diagnostics);
        }

        return new PreviewFrame(_comparisons.Render(first.Document, second.Required), diagnostics);
    }

    /// <summary>The preview of a document already generated (a specific job's), with the diagnostics met on the way.</summary>
    public PreviewFrame Show(JobDescGen.Marking.RenderedDocument? document, IReadOnlyList<Diagnostic> diagnostics) =>
        new(document is null ? null : _renderer.Render(document), diagnostics);

    /// <summary>An error for each requested level whose file, known from an earlier build, is gone.</summary>
    private IEnumerable<Diagnostic> VanishedLevels(PreviewRequest request)
    {
        foreach (var level in new[] { request.Level, request.CompareLevel })
        {
            if (level is not null && _levelFiles.TryGetValue(level, out var file) && !File.Exists(file))
            {
                yield return new Diagnostic(
                    DiagnosticSeverity.Error,
                    SourceLocation.FileOnly(file),
                    $"level {level} no longer exists: its file was deleted or renamed",
                    "restore the file (the preview comes back when it is saved), or stop and preview another --level");
            }
        }
    }

    private static GeneratedDocument Generate(JobDescriptionGenerator generator, RoleProfile profile, string level, string? language) =>
        generator.Generate(profile, profile.FindLevel(level)!.LevelId, language);

    private static PreviewFrame Failed(string file, string message, string hint) =>
        new(null, [new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly(file), message, hint)]);
}
