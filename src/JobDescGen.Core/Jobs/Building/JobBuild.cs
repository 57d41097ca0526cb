using System.Collections.Concurrent;
using System.Text;
using JobDescGen.Building;
using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Loading;
using JobDescGen.Jobs.Model;

namespace JobDescGen.Jobs.Building;

/// <summary>
/// The specific jobs' part of a batch build: every job of the jobs folder is loaded on its generic
/// profile, planned into <c>jobs/&lt;id&gt;.&lt;ext&gt;</c> and built like a level's document. A job's
/// input hash covers its own file and everything its profile's level document depends on, so a
/// change to the generic profile makes every job on it stale.
/// </summary>
internal static class JobBuild
{
    /// <summary>The folder inside the output folder that job documents go to.</summary>
    public const string OutputFolderName = "jobs";

    /// <summary>The manifest's "profile" of a job's files: <c>jobs/&lt;id&gt;</c> (no profile id has a '/').</summary>
    public static string Owner(string jobId) => OutputFolderName + "/" + jobId;

    /// <summary>The path of a job's document inside the output folder.</summary>
    public static string Path(string jobId, string language, string extension, bool severalLanguages) =>
        OutputFolderName + "/" + JobOutputName.Of(jobId, language, extension, severalLanguages);

    /// <summary>The input hash of a job's file: the generic level document's inputs plus the job file.</summary>
    public static string InputHash(string genericInputs, SpecificJob job) =>
        InputHasher.Sha256Hex(Encoding.UTF8.GetBytes($"generic={genericInputs}\njob={job.Id}\njob-file={FileFingerprint.Of(System.IO.Path.GetFullPath(job.File))}\n"));

    /// <summary>
    /// Loads, plans and builds every job of <paramref name="request"/>'s jobs folder into
    /// <paramref name="run"/>, jobs in parallel like profiles: a folder of many jobs would otherwise
    /// use one core. A bug met by one job becomes that job's error (<paramref name="unexpected"/>).
    /// </summary>
    public static void BuildAll(BuildRequest request, BuildRunState run, ParallelOptions parallel, Action<ConcurrentBag<DocumentResult>, IEnumerable<DocumentResult>> finished, Func<string, Exception, Diagnostic> unexpected)
    {
        // The generic profiles this run loaded already are not read again.
        var profiles = new JobProfileCache(request.ProfilesDirectory, run.Catalogues, run.LoadedProfiles);
        Parallel.ForEach(JobFiles.Find(request.JobsDirectory!), parallel, file =>
        {
            try
            {
                Build(file, request, run, profiles, parallel, finished);
            }
            catch (Exception exception)
            {
                run.Diagnostics.Add(unexpected(file, exception));
                run.FailedProfiles.Add(file);
            }
        });
    }

    private static void Build(string file, BuildRequest request, BuildRunState run, JobProfileCache profiles, ParallelOptions parallel, Action<ConcurrentBag<DocumentResult>, IEnumerable<DocumentResult>> finished)
    {
        var loaded = JobLoader.Load(file, request.ProfilesDirectory, profiles);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            run.Diagnostics.Add(diagnostic);
        }

        if (!loaded.Succeeded)
        {
            run.FailedProfiles.Add(file);
            // Its files from the last build stay as they are: counted as failed, not as nothing.
            finished(run.Results, run.EntriesByProfile[Owner(loaded.Id)].Where(request.Covers).Select(DocumentResult.FailedFor));
            return;
        }

        var planning = new DiagnosticBag();
        var documents = run.Planner.PlanJob(loaded.Job!, loaded.Profile!, planning);
        foreach (var diagnostic in planning)
        {
            run.Diagnostics.Add(diagnostic);
        }

        Parallel.ForEach(documents, parallel, document =>
        {
            var (results, diagnostics) = run.Builder.Build(document);
            foreach (var diagnostic in diagnostics)
            {
                run.Diagnostics.Add(diagnostic);
            }

            finished(run.Results, results);
        });
    }
}
