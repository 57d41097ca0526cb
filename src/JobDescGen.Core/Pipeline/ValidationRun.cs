using JobDescGen.Diagnostics;

namespace JobDescGen.Pipeline;

/// <summary>The result of <c>validate</c>: every problem, and how much was checked.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Diagnostics">Every problem, each reported once.</param>
/// <param name="Profiles">The number of profiles checked.</param>
/// <param name="Documents">The number of documents rendered.</param>
public sealed record ValidationRun(PipelineStatus Status, IReadOnlyList<Diagnostic> Diagnostics, int Profiles, int Documents)
{
    /// <summary>The same run with every warning counted as an error (<c>validate --strict</c>).</summary>
    public ValidationRun WithWarningsAsErrors()
    {
        var diagnostics = Diagnostics.Select(d => d with { Severity = DiagnosticSeverity.Error }).ToList();
        var status = Status == PipelineStatus.Ok && diagnostics.Count > 0 ? PipelineStatus.ContentError : Status;
        return this with { Status = status, Diagnostics = diagnostics };
    }

    /// <summary>This run and <paramref name="jobs"/> (the jobs' run) as one: each diagnostic once, the documents added up.</summary>
    public ValidationRun With(ValidationRun jobs)
    {
        var diagnostics = Diagnostics.Concat(jobs.Diagnostics.Where(d => !Diagnostics.Contains(d))).ToList();
        var status = Status == PipelineStatus.UsageError || jobs.Status == PipelineStatus.UsageError ? PipelineStatus.UsageError
            : diagnostics.ErrorCount() > 0 ? PipelineStatus.ContentError : PipelineStatus.Ok;
        return new ValidationRun(status, diagnostics, Profiles, Documents + jobs.Documents);
    }
}
