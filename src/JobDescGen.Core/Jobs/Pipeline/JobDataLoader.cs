using JobDescGen.Diagnostics;
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
        var selected = SelectedJob.Load(request);
        if (selected.Status != PipelineStatus.Ok)
        {
            return new JobDataRun(selected.Status, selected.Diagnostics);
        }

        var (job, profile) = (selected.Job!, selected.Profile!);
        var diagnostics = new List<Diagnostic>(selected.Diagnostics);
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
            JobResolver.ResolveGeneric(job, profile, request.Language, date),
            JobResolver.Resolve(job, profile, request.Language, date));
    }
}
