using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Generation;
using JobDescGen.Jobs.Loading;
using JobDescGen.Jobs.Pipeline;
using JobDescGen.Loading;
using JobDescGen.Rendering;
using JobDescGen.Validation;
using JobDescGen.Writing;

namespace JobDescGen.Pipeline;

/// <summary>
/// The one way every command runs the tool: load a profile, select its level and language, generate
/// the marked document, set up a format's writer, validate. Commands map their options to a call
/// here and turn the <see cref="PipelineStatus"/> into an exit code; none repeats a step.
/// </summary>
public sealed class JobDescPipeline
{
    /// <summary>A pipeline over <paramref name="settings"/>; it caches parsed templates and labels, so keep one per run.</summary>
    public JobDescPipeline(PipelineSettings settings)
    {
        Settings = settings;
        Generator = new JobDescriptionGenerator(new TemplateSource(settings.TemplatesDirectory), settings.FallbackDate);
    }

    /// <summary>The settings of this pipeline.</summary>
    public PipelineSettings Settings { get; }

    /// <summary>The formats it can write.</summary>
    public FormatRegistry Formats => Settings.Formats;

    /// <summary>The generator (resolve, render, mark) shared by every document of the run.</summary>
    public JobDescriptionGenerator Generator { get; }

    /// <summary>Loads the profile of <paramref name="request"/>, checks its level and language, and generates the document.</summary>
    public DocumentRun Generate(DocumentRequest request)
    {
        var choice = ProfileSelection.Select(request.Profile, request.ProfilesDirectory, jobs: request.Jobs);
        if (choice.Loaded is null)
        {
            return new DocumentRun(PipelineStatus.UsageError, choice.Problems);
        }

        var diagnostics = new List<Diagnostic>(choice.Loaded.Diagnostics);
        if (choice.Loaded.Profile is not { } profile)
        {
            return new DocumentRun(PipelineStatus.ContentError, diagnostics);
        }

        var problems = LevelSelection.Check(profile, [request.Level], request.Language);
        if (problems.Count > 0)
        {
            return new DocumentRun(PipelineStatus.UsageError, [.. diagnostics, .. problems], profile);
        }

        var generated = Generator.Generate(profile, profile.FindLevel(request.Level)!.LevelId, request.Language);
        diagnostics.AddRange(generated.Diagnostics);
        return new DocumentRun(generated.Succeeded ? PipelineStatus.Ok : PipelineStatus.ContentError, diagnostics, profile, generated);
    }

    /// <summary>Loads the specific job of <paramref name="request"/> and its generic profile, checks the language, and generates the job's document.</summary>
    public DocumentRun GenerateJob(JobRequest request)
    {
        var selected = SelectedJob.Load(request);
        if (selected.Status != PipelineStatus.Ok)
        {
            return new DocumentRun(selected.Status, selected.Diagnostics, selected.Profile);
        }

        var generated = Generator.GenerateJob(selected.Job!, selected.Profile!, request.Language);
        return new DocumentRun(generated.Succeeded ? PipelineStatus.Ok : PipelineStatus.ContentError, [.. selected.Diagnostics, .. generated.Diagnostics], selected.Profile, generated, selected.Job);
    }

    /// <summary>Lets <paramref name="format"/> start its one-time work while the profile loads (<see cref="IOutputFormat.Prepare"/>).</summary>
    public void Prepare(IOutputFormat format) => format.Prepare(new FormatContext(Settings.TemplatesDirectory));

    /// <summary>
    /// The writer of <paramref name="format"/> set up from the user's settings (theme, reference
    /// document); null, with the settings' diagnostics in <paramref name="diagnostics"/>, when they are broken.
    /// </summary>
    public IDocumentWriter? CreateWriter(IOutputFormat format, DiagnosticBag diagnostics) =>
        format.CreateWriter(new FormatContext(Settings.TemplatesDirectory), diagnostics);

    /// <summary>
    /// Checks every profile under <paramref name="targets"/> (profiles folders, profile folders or
    /// files in one), renders every level in every language, and checks every format's settings;
    /// each problem is reported once.
    /// </summary>
    public ValidationRun Validate(IReadOnlyList<string> targets)
    {
        var directories = new List<string>();
        foreach (var target in targets)
        {
            var found = ProfileSetLoader.FindProfileDirectories(target);
            if (found.Count == 0)
            {
                return new ValidationRun(PipelineStatus.UsageError, [NoProfileAt(target)], 0, 0);
            }

            directories.AddRange(found.Where(d => !directories.Contains(d)));
        }

        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<Diagnostic>();

        // Each format's own settings are input too: a CI check must catch a broken theme.yaml or reference document.
        var coverages = new List<ICharacterCoverage>();
        foreach (var format in Formats.All)
        {
            var bag = new DiagnosticBag();
            if (CreateWriter(format, bag) is ICharacterCoverage coverage)
            {
                coverages.Add(coverage);
            }

            diagnostics.AddRange(bag.Where(seen.Add));
        }

        var documents = 0;
        var catalogues = new LevelCatalogueCache();
        foreach (var directory in directories)
        {
            var loaded = ProfileSetLoader.Load(directory, catalogues);
            diagnostics.AddRange(loaded.Diagnostics.Where(seen.Add));
            foreach (var coverage in coverages)
            {
                diagnostics.AddRange(UncoveredCharacterCheck.Check(directory, coverage).Where(seen.Add));
            }

            diagnostics.AddRange(BidiControlCheck.Check(directory).Where(seen.Add));

            if (loaded.Profile is null)
            {
                continue;
            }

            var layOut = loaded.Profile.Languages.Distinct().ToDictionary(language => language, language => LayoutCheck.LevelToLayOut(loaded.Profile, language));
            foreach (var level in loaded.Profile.Levels)
            {
                foreach (var language in loaded.Profile.Languages)
                {
                    documents++;

                    // Template and label problems are the same for every level: seen once, reported once.
                    var generated = Generator.Generate(loaded.Profile, level.LevelId, language);
                    diagnostics.AddRange(generated.Diagnostics.Where(seen.Add));
                    if (generated.Succeeded && ReferenceEquals(level, layOut[language]))
                    {
                        diagnostics.AddRange(LayoutCheck.Check(coverages.Cast<IDocumentWriter>(), generated.Required, $"{level.File} (profile '{loaded.Profile.Id}', level {level.LevelId})", seen));
                    }
                }
            }
        }

        var status = diagnostics.ErrorCount() > 0 ? PipelineStatus.ContentError : PipelineStatus.Ok;
        return new ValidationRun(status, diagnostics, directories.Count, documents);
    }

    /// <summary>
    /// Checks the job files <paramref name="files"/> against the profiles in <paramref name="profilesDirectory"/>
    /// and renders each job in every language of its profile. <c>Profiles</c> of the result counts the jobs.
    /// </summary>
    public ValidationRun ValidateJobs(IReadOnlyList<string> files, string profilesDirectory)
    {
        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<Diagnostic>();
        var profiles = new JobProfileCache(profilesDirectory);
        var documents = 0;
        foreach (var file in files)
        {
            var loaded = JobLoader.Load(file, profilesDirectory, profiles);
            diagnostics.AddRange(loaded.Diagnostics.Where(seen.Add));
            diagnostics.AddRange(BidiControlCheck.CheckFile(file, Path.GetDirectoryName(Path.GetFullPath(file))!).Where(seen.Add));
            if (!loaded.Succeeded)
            {
                continue;
            }

            foreach (var language in loaded.Profile!.Languages)
            {
                documents++;
                diagnostics.AddRange(Generator.GenerateJob(loaded.Job!, loaded.Profile, language).Diagnostics.Where(seen.Add));
            }
        }

        var status = diagnostics.ErrorCount() > 0 ? PipelineStatus.ContentError : PipelineStatus.Ok;
        return new ValidationRun(status, diagnostics, files.Count, documents);
    }

    private static Diagnostic NoProfileAt(string target) =>
        new(
            DiagnosticSeverity.Error,
            SourceLocation.FileOnly(target),
            File.Exists(target) || Directory.Exists(target) ? $"no profile found at '{target}'" : $"'{target}' does not exist",
            "give a profiles folder, a profile folder (with profile.yaml) or a file inside one");
}
