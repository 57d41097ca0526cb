using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Rendering;

namespace JobDescGen.Building;

/// <summary>
/// Runs a batch build: loads every profile, plans profiles × levels × languages × formats, makes the
/// files in parallel on all cores, then writes (or, checking, compares) the manifest. A broken
/// profile or document is reported and skipped; everything else is still built.
/// </summary>
public sealed class BuildRunner(BuildRequest request, IBuildProgress? progress = null)
{
    private readonly Lock _progressGate = new();

    /// <summary>Builds (or checks) and returns the outcome of every file.</summary>
    public BuildResult Run(BuildMode mode)
    {
        var loaded = ProfileBatchLoader.LoadAll(request.ProfilesDirectory);
        var plan = BuildPlanner.Plan(loaded, request, new InputHasher(request.TemplatesDirectory, request.ToolVersion));
        var diagnostics = new ConcurrentBag<Diagnostic>(plan.Diagnostics);

        var previous = ManifestSerializer.TryRead(request.OutputDirectory, out var manifestProblem);
        if (manifestProblem is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, SourceLocation.FileOnly(ManifestPath), $"the manifest cannot be read ({manifestProblem}); every document is rebuilt", "let the build rewrite it"));
        }

        Report(p => p.Started(plan.OutputCount));
        var results = new ConcurrentBag<DocumentResult>();
        var builder = new DocumentBuilder(
            new JobDescriptionGenerator(new TemplateSource(request.TemplatesDirectory), request.FallbackDate),
            request,
            mode,
            previous?.ByPath() ?? new Dictionary<string, ManifestEntry>());
        Parallel.ForEach(plan.Documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, document =>
        {
            var (documentResults, documentDiagnostics) = builder.Build(document);
            foreach (var diagnostic in documentDiagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            foreach (var result in documentResults)
            {
                results.Add(result);
                Report(p => p.Completed(result));
            }
        });

        var files = results.ToList();
        var anythingFailed = plan.FailedProfiles.Count > 0 || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
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
            files.AddRange(folder.Delete(obsolete).Select(entry => DocumentResult.For(entry, DocumentStatus.Deleted)));
            manifestStatus = folder.WriteIfChanged(BuildPlanner.ManifestFileName, bytes);
        }

        return new BuildResult(
            mode,
            request.ToolVersion,
            [.. files.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Status)],
            manifestStatus,
            Distinct(diagnostics),
            plan.FailedProfiles);
    }

    private string ManifestPath => Path.Combine(request.OutputDirectory, BuildPlanner.ManifestFileName);

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
