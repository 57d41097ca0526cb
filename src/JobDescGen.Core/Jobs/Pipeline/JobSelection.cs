using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Loading;
using JobDescGen.Loading;

namespace JobDescGen.Jobs.Pipeline;

/// <summary>Finds the job file a command names: a job id in the jobs folder, or a path to a job file.</summary>
public static class JobSelection
{
    /// <summary>True when <paramref name="argument"/> names a job (an id in <paramref name="jobsDirectory"/>, or a YAML file outside any profile).</summary>
    public static bool IsJob(string? argument, string jobsDirectory) =>
        argument is not null && (JobFiles.Of(jobsDirectory, argument) is not null || IsJobPath(argument));

    /// <summary>The job file <paramref name="argument"/> names, or the usage problem that says why there is none.</summary>
    public static (string? File, Diagnostic? Problem) Select(string argument, string jobsDirectory)
    {
        if (IsJobPath(argument))
        {
            return (argument, null);
        }

        if (JobFiles.Of(jobsDirectory, argument) is { } file)
        {
            return (file, null);
        }

        var ids = JobFiles.Find(jobsDirectory).Select(JobFiles.IdOf).ToList();
        var hint = ids.Count == 0
            ? $"'{jobsDirectory}' holds no jobs ('jobdescgen new job ID --from PROFILE --level A1' writes one); to generate a level of a profile, give --level"
            : Hints.DidYouMean(argument, ids, "jobs there") + "; to generate a level of a profile, give --level";
        return (null, new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly(jobsDirectory), $"no job '{argument}' in '{jobsDirectory}'", hint));
    }

    // A YAML file that is not part of a profile folder (profile.yaml, levels/*.yaml) is a job file.
    private static bool IsJobPath(string argument) =>
        File.Exists(argument) && JobFiles.IsJobFile(argument) && ProfileSetLoader.FindProfileDirectories(argument) is [var folder]
        && !File.Exists(Path.Combine(folder, ProfileLoader.ProfileFileName));
}
