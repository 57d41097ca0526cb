using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Model;

namespace JobDescGen.Pipeline;

/// <summary>The result of asking the pipeline for one document.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Diagnostics">Every problem met, in the order met.</param>
/// <param name="Profile">The profile, when it loaded without errors.</param>
/// <param name="Generated">The generated document, when it got that far (check its <c>Succeeded</c>).</param>
/// <param name="Job">The specific job, for a job's document.</param>
public sealed record DocumentRun(PipelineStatus Status, IReadOnlyList<Diagnostic> Diagnostics, RoleProfile? Profile = null, GeneratedDocument? Generated = null, JobDescGen.Jobs.Model.SpecificJob? Job = null);
