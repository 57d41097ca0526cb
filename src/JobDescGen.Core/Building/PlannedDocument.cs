using JobDescGen.Model;

namespace JobDescGen.Building;

/// <summary>
/// One job description (profile, level, language) and the files made from it: its Markdown is
/// rendered once and handed to every format's writer.
/// </summary>
/// <remarks>For a specific job, <c>Job</c> is the job and <c>Profile</c> its generic profile.</remarks>
public sealed record PlannedDocument(RoleProfile Profile, string LevelId, string Language, IReadOnlyList<PlannedOutput> Outputs, JobDescGen.Jobs.Model.SpecificJob? Job = null)
{
    /// <summary>The manifest's "profile" of the document: the profile id, or <c>jobs/&lt;id&gt;</c> for a specific job.</summary>
    public string Owner => Job is null ? Profile.Id : JobDescGen.Jobs.Building.JobBuild.Owner(Job.Id);
}
