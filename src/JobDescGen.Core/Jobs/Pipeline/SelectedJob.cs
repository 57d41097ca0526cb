using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Loading;
using JobDescGen.Jobs.Model;
using JobDescGen.Model;
using JobDescGen.Pipeline;

namespace JobDescGen.Jobs.Pipeline;

/// <summary>The job a command names, loaded on its generic profile with its language checked: what every job command starts from.</summary>
/// <param name="Status">Ok when <paramref name="Job"/> and <paramref name="Profile"/> are usable in the language asked for.</param>
/// <param name="Diagnostics">Every problem met, in the order met.</param>
/// <param name="Job">The job, when it loaded without errors.</param>
/// <param name="Profile">Its generic profile, when that loaded (also when the job has errors).</param>
public sealed record SelectedJob(PipelineStatus Status, IReadOnlyList<Diagnostic> Diagnostics, SpecificJob? Job = null, RoleProfile? Profile = null)
{
    /// <summary>Finds the job file of <paramref name="request"/>, loads it on its profile and checks the language.</summary>
    public static SelectedJob Load(JobRequest request)
    {
        var (file, problem) = JobSelection.Select(request.Job, request.JobsDirectory);
        if (file is null)
        {
            return new SelectedJob(PipelineStatus.UsageError, [problem!]);
        }

        var loaded = JobLoader.Load(file, request.ProfilesDirectory);
        if (!loaded.Succeeded)
        {
            return new SelectedJob(PipelineStatus.ContentError, loaded.Diagnostics, Profile: loaded.Profile);
        }

        var problems = LevelSelection.Check(loaded.Profile!, [], request.Language);
        return problems.Count > 0
            ? new SelectedJob(PipelineStatus.UsageError, [.. loaded.Diagnostics, .. problems], Profile: loaded.Profile)
            : new SelectedJob(PipelineStatus.Ok, loaded.Diagnostics, loaded.Job, loaded.Profile);
    }
}
