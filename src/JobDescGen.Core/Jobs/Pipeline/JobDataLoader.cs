using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Loading;
using JobDescGen.Jobs.Resolving;
using JobDescGen.Pipeline;
using JobDescGen.Rendering;

namespace JobDescGen.Jobs.Pipeline;

/// <summary>Loads and resolves a specific job and its generic level for <c>explain</c> and <c>diff</c>, with the pipeline's selection wording.</summary>
public static class JobDataLoader
{
    /// <summary>The job <paramref name="request"/> names, resolved in its language, beside its generic level.</summary>
    public static JobDataRun Load(JobDescPipeline pipeline, JobRequest request)
    {
        var (file, problem) = JobSelection.Select(request.Job, request.JobsDirectory);
        if (file is null)
        {
            return new JobDataRun(PipelineStatus.UsageError, [problem!]);
        }

        var loaded = JobLoader.Load(file, request.ProfilesDirectory);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        if (!loaded.Succeeded)
        {
            return new JobDataRun(PipelineStatus.ContentError, diagnostics);
        }

        var profile = loaded.Profile!;
        var problems = LevelSelection.Check(profile, [], request.Language);
        if (problems.Count > 0)
        {
            return new JobDataRun(PipelineStatus.UsageError, [.. diagnostics, .. problems]);
        }

        var bag = new DiagnosticBag();
        var labels = LanguagePackLoader.Load(request.Language ?? profile.DefaultLanguage, pipeline.Settings.TemplatesDirectory, bag);
        diagnostics.AddRange(bag);
        if (labels is null || bag.ErrorCount() > 0)
        {
            return new JobDataRun(PipelineStatus.ContentError, diagnostics);
        }

        var date = pipeline.Settings.FallbackDate;
        return new JobDataRun(
            PipelineStatus.Ok,
            diagnostics,
            labels,
            JobResolver.ResolveGeneric(loaded.Job!, profile, request.Language, date),
            JobResolver.Resolve(loaded.Job!, profile, request.Language, date));
    }
}
