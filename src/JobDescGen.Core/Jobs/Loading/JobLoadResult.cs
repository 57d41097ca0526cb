using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Model;
using JobDescGen.Model;

namespace JobDescGen.Jobs.Loading;

/// <summary>The outcome of loading one job file: the job and its generic profile when both are usable, and every diagnostic either way.</summary>
/// <param name="File">The job file.</param>
/// <param name="Id">The job's id (its file name without extension).</param>
/// <param name="Job">The job, or null when it has errors.</param>
/// <param name="Profile">The generic profile it extends, when that loaded.</param>
/// <param name="Diagnostics">The job's problems (and its profile's, when the profile does not load).</param>
public sealed record JobLoadResult(string File, string Id, SpecificJob? Job, RoleProfile? Profile, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the job and its profile loaded without errors.</summary>
    public bool Succeeded => Job is not null && Profile is not null && Diagnostics.ErrorCount() == 0;
}
