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
        using var folderLock = OutputFolderLock.Take(request.OutputDirectory, OutputFolderLock.Wait);
        if (folderLock is null)
        {
            var busy = new Diagnostic(
                DiagnosticSeverity.Error,
                SourceLocation.FileOnly(request.OutputDirectory),
                $"another build is using this output folder (waited {OutputFolderLock.Wait.TotalSeconds:0} s for it)",
                "wait for the other build to finish, or build into another --out");
            return new BuildResult(mode, request.ToolVersion, [], ManifestStatus.Missing, [busy], []);
        }

        return RunLocked(mode);
    }

    private BuildResult RunLocked(BuildMode mode)
    {
        var directories = ProfileSetLoader.FindProfileDirectories(request.ProfilesDirectory);
        var diagnostics = new ConcurrentBag<Diagnostic>();
        var previous = ManifestSerializer.TryRead(request.OutputDirectory, out var manifestProblem);
        if (manifestProblem is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, SourceLocation.FileOnly(Path.Combine(request.OutputDirectory, BuildPlanner.ManifestFileName)), $"the manifest cannot be read ({manifestProblem}); every document is rebuilt", "let the build rewrite it"));
        }

        var hasher = new InputHasher(request.TemplatesDirectory, request.ToolVersion);
        var run = new BuildRunState(
            mode,
            hasher,
            new BuildPlanner(request, hasher),
            new DocumentBuilder(
                new JobDescriptionGenerator(new TemplateSource(request.TemplatesDirectory), request.FallbackDate),
                request,
                mode,
                previous?.ByPath() ?? new Dictionary<string, ManifestEntry>()),
            previous?.Profiles.ToDictionary(p => p.Directory, StringComparer.Ordinal) ?? [],
            (previous?.Entries ?? []).ToLookup(e => e.Profile, StringComparer.Ordinal),
            Options(),
            diagnostics);

        Report(p => p.Started(directories.Count));
        Parallel.ForEach(directories, AllCores, directory =>
        {
            try
            {
                BuildProfile(directory, run);
            }
            catch (Exception exception)
            {
                // A bug met by one profile must not abort the others: it becomes that profile's error.
                run.Diagnostics.Add(Unexpected(directory, exception));
                run.FailedProfiles.Add(directory);
            }

            Report(p => p.ProfileCompleted());
        });
        if (request.JobsDirectory is not null)
        {
            JobDescGen.Jobs.Building.JobBuild.BuildAll(request, run, AllCores, (results, finished) => Finished(finished, results), Unexpected);
        }

        Finished(run.Planner.Refused, run.Results);

        return Finish(mode, previous, [.. run.Results], [.. run.CleanProfiles], [.. diagnostics], [.. run.FailedProfiles.Order(StringComparer.Ordinal)]);
    }

    private static Diagnostic Unexpected(string path, Exception caught)
    {
        // The documents of a profile are built in parallel: show the first real exception, not the wrapper.
        var exception = caught is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : caught;
        return new(
            DiagnosticSeverity.Error,
            SourceLocation.FileOnly(path),
            $"internal error while building this {(File.Exists(path) ? "job" : "profile")} ({exception.GetType().Name}): {exception.Message}",
            $"this is a bug in jobdescgen; the other profiles and jobs were built; please report it with this {(File.Exists(path) ? "job" : "profile")}");
    }

    private static ParallelOptions AllCores => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    private void BuildProfile(string directory, BuildRunState run)
    {
        var relative = OutputFolder.Relative(request.ProfilesDirectory, directory);
        var sources = run.Hasher.Sources(directory, run.Options);
        if (run.Mode == BuildMode.Write && !request.Force && run.Records.TryGetValue(relative, out var record) && record.Sources == sources && Reuse(record, run) is { } reused)
        {
            // Nothing this profile's documents depend on changed, and its files are intact: skip even loading it.
            var claims = new DiagnosticBag();
            reused.ForEach(entry => run.Planner.Claim(entry, directory, claims));
            AddAll(run.Diagnostics, claims);
            Finished(reused.Select(entry => DocumentResult.For(entry, DocumentStatus.UpToDate)), run.Results);
            run.CleanProfiles.Add(record);
            return;
        }

        var loaded = ProfileSetLoader.Load(directory, run.Catalogues);
        if (request.JobsDirectory is not null)
        {
            run.LoadedProfiles[directory] = loaded;
        }

        AddAll(run.Diagnostics, loaded.Diagnostics);
        if (!loaded.Succeeded)
        {
            run.FailedProfiles.Add(directory);
            // Its files from the last build stay as they are: count them as failed, not as nothing.
            Finished(run.EntriesByProfile[Path.GetFileName(directory)].Where(request.Covers).Select(DocumentResult.FailedFor), run.Results);
            return;
        }

        var planning = new DiagnosticBag();
        var documents = run.Planner.Plan(loaded.Profile!, planning);
        AddAll(run.Diagnostics, planning);
        var clean = loaded.Diagnostics.Count == 0 && planning.Count == 0;

        // Documents of one profile in parallel too, so a build of one or two profiles uses every core.
        Parallel.ForEach(documents, AllCores, document =>
        {
            var (documentResults, documentDiagnostics) = run.Builder.Build(document);
            AddAll(run.Diagnostics, documentDiagnostics);
            Finished(documentResults, run.Results);
            if (documentDiagnostics.Count > 0 || documentResults.Any(r => r.Entry is null))
            {
                clean = false;
            }
        });

        // Only a profile without a single diagnostic is vouched for: one with warnings is loaded
        // (and its warnings shown) every time.
        if (clean)
        {
            run.CleanProfiles.Add(new ProfileRecord(relative, loaded.Profile!.Id, sources));
        }
    }

    // The entries of an unchanged profile, if every one of its files is still as recorded.
    private List<ManifestEntry>? Reuse(ProfileRecord record, BuildRunState run)
    {
        var entries = run.EntriesByProfile[record.Id].Where(request.Covers).ToList();
        return entries.All(run.Builder.OnDisk) ? entries : null;
    }

    // The options that decide which files a profile gives and what is in them.
    private string Options() => string.Join(
        ';',
        string.Join(',', request.Writers.Select(w => $"{w.Format}:{w.GetType().FullName}")),
        request.Levels is null ? "all" : string.Join(',', request.Levels.Select(l => l.ToUpperInvariant()).Order(StringComparer.Ordinal)),
        request.Name.Text,
        request.FallbackDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private void Finished(IEnumerable<DocumentResult> finished, ConcurrentBag<DocumentResult> results)
    {
        foreach (var result in finished)
        {
            results.Add(result);
            Report(p => p.Completed(result));
        }
    }

    private BuildResult Finish(BuildMode mode, BuildManifest? previous, List<DocumentResult> files, List<ProfileRecord> profiles, List<Diagnostic> diagnostics, List<string> failedProfiles)
    {
        var anythingFailed = failedProfiles.Count > 0 || diagnostics.HasErrors();
        var produced = files.Where(f => f.Entry is not null).Select(f => f.Entry!).ToList();
        var (manifest, obsolete) = ManifestMerger.Merge(previous, produced, profiles, request, anythingFailed);
        var folder = new OutputFolder(request.OutputDirectory);
        var bytes = ManifestSerializer.Serialize(manifest);
        ManifestStatus manifestStatus;
        if (mode == BuildMode.Check)
        {
            manifestStatus = folder.Compare(BuildPlanner.ManifestFileName, bytes);
            files.AddRange(folder.ExtraFiles(manifest).Select(path => DocumentResult.Unowned(path, DocumentStatus.Extra)));
        }
        else
        {
            files.AddRange(folder.DeleteLeftoverTemporaries().Select(path => DocumentResult.Unowned(path, DocumentStatus.Deleted)));
            files.AddRange(folder.Delete(obsolete).Select(entry => DocumentResult.For(entry, DocumentStatus.Deleted)));
            manifestStatus = WriteManifest(folder, bytes, diagnostics);
        }

        return new BuildResult(
            mode,
            request.ToolVersion,
            [.. files.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Status)],
            manifestStatus,
            Distinct(diagnostics),
            failedProfiles);
    }

    // A manifest that cannot be written (a full disk) is one more error of the report: thrown, it
    // would hide every line of the build, the documents that failed before it included.
    private ManifestStatus WriteManifest(OutputFolder folder, byte[] bytes, List<Diagnostic> diagnostics)
    {
        try
        {
            return folder.WriteIfChanged(BuildPlanner.ManifestFileName, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                SourceLocation.FileOnly(Path.Combine(request.OutputDirectory, BuildPlanner.ManifestFileName)),
                $"cannot write the manifest: {Writing.FileWriteException.ReasonOf(exception)}",
                "check that the output folder is writable and the disk has room, then build again (the next build checks every file)"));
            return ManifestStatus.Missing;
        }
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
