using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Rendering;

namespace JobDescGen.Building;

/// <summary>
/// Runs a batch build: loads, plans and builds profile after profile, in parallel on all cores,
/// then writes (or, checking, compares) the manifest. Each profile is dropped once its files are
/// done, so memory stays flat however many profiles there are. A broken profile or document is
/// reported and skipped; everything else is still built.
/// </summary>
public sealed class BuildRunner(BuildRequest request, IBuildProgress? progress = null)
{
    private readonly Lock _progressGate = new();

    /// <summary>Builds (or checks) and returns the outcome of every file.</summary>
    public BuildResult Run(BuildMode mode)
    {
        var directories = ProfileSetLoader.FindProfileDirectories(request.ProfilesDirectory);
        var diagnostics = new ConcurrentBag<Diagnostic>();
        var previous = ManifestSerializer.TryRead(request.OutputDirectory, out var manifestProblem);
        if (manifestProblem is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, SourceLocation.FileOnly(Path.Combine(request.OutputDirectory, BuildPlanner.ManifestFileName)), $"the manifest cannot be read ({manifestProblem}); every document is rebuilt", "let the build rewrite it"));
        }

        var planner = new BuildPlanner(request, new InputHasher(request.TemplatesDirectory, request.ToolVersion));
        var builder = new DocumentBuilder(
            new JobDescriptionGenerator(new TemplateSource(request.TemplatesDirectory), request.FallbackDate),
            request,
            mode,
            previous?.ByPath() ?? new Dictionary<string, ManifestEntry>());
        var results = new ConcurrentBag<DocumentResult>();
        var failedProfiles = new ConcurrentBag<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        Report(p => p.Started(directories.Count));
        Parallel.ForEach(directories, parallel, directory =>
        {
            var loaded = ProfileSetLoader.Load(directory);
            AddAll(diagnostics, loaded.Diagnostics);
            if (!loaded.Succeeded)
            {
                failedProfiles.Add(directory);
                Report(p => p.ProfileCompleted());
                return;
            }

            var planning = new DiagnosticBag();
            var documents = planner.Plan(loaded.Profile!, planning);
            AddAll(diagnostics, planning);

            // Documents of one profile in parallel too, so a build of one or two profiles uses every core.
            Parallel.ForEach(documents, parallel, document =>
            {
                var (documentResults, documentDiagnostics) = builder.Build(document);
                AddAll(diagnostics, documentDiagnostics);
                foreach (var result in documentResults)
                {
                    results.Add(result);
                    Report(p => p.Completed(result));
                }
            });
            Report(p => p.ProfileCompleted());
        });
        AddAll(diagnostics, planner.UnknownLevels());

        return Finish(mode, previous, [.. results], [.. diagnostics], [.. failedProfiles.Order(StringComparer.Ordinal)]);
    }

    private BuildResult Finish(BuildMode mode, BuildManifest? previous, List<DocumentResult> files, List<Diagnostic> diagnostics, List<string> failedProfiles)
    {
        var anythingFailed = failedProfiles.Count > 0 || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        var produced = files.Where(f => f.Entry is not null).Select(f => f.Entry!).ToList();
        var (manifest, obsolete) = ManifestMerger.Merge(previous, produced, request, anythingFailed);
        var folder = new OutputFolder(request.OutputDirectory);
        var bytes = ManifestSerializer.Serialize(manifest);
        ManifestStatus manifestStatus;
        if (mode == BuildMode.Check)
        {
            manifestStatus = folder.Compare(BuildPlanner.ManifestFileName, bytes);
            files.AddRange(folder.ExtraFiles(manifest).Select(path => new DocumentResult(path, DocumentStatus.Extra, null, null, null, null, null)));
        }
        else
        {
            files.AddRange(folder.DeleteLeftoverTemporaries().Select(path => new DocumentResult(path, DocumentStatus.Deleted, null, null, null, null, null)));
            files.AddRange(folder.Delete(obsolete).Select(entry => DocumentResult.For(entry, DocumentStatus.Deleted)));
            manifestStatus = folder.WriteIfChanged(BuildPlanner.ManifestFileName, bytes);
        }

        return new BuildResult(
            mode,
            request.ToolVersion,
            [.. files.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Status)],
            manifestStatus,
            Distinct(diagnostics),
            failedProfiles);
    }

    private static void AddAll(ConcurrentBag<Diagnostic> bag, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            bag.Add(diagnostic);
        }
    }

    // Template and label problems repeat for every document: report each once, in reading order.
    private static List<Diagnostic> Distinct(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];

    private void Report(Action<IBuildProgress> action)
    {
        if (progress is null)
        {
            return;
        }

        lock (_progressGate)
        {
            action(progress);
        }
    }
}
