using JobDescGen.Model;

namespace JobDescGen.Building;

/// <summary>
/// One job description (profile, level, language), or one overview of a profile (every level, one
/// language), and the files made from it: its Markdown is rendered once and handed to every format's writer.
/// </summary>
/// <param name="Profile">The profile.</param>
/// <param name="LevelId">The level; for an overview, <see cref="OutputNamePattern.OverviewLevel"/>.</param>
/// <param name="Language">The document language.</param>
/// <param name="Outputs">The files, one per format.</param>
/// <param name="Kind">A level's job description or the profile's overview.</param>
/// <param name="Job">For a specific job's document (of kind Level): the job; <paramref name="Profile"/> is then its generic profile.</param>
public sealed record PlannedDocument(RoleProfile Profile, string LevelId, string Language, IReadOnlyList<PlannedOutput> Outputs, DocumentKind Kind = DocumentKind.Level, JobDescGen.Jobs.Model.SpecificJob? Job = null)
{
    /// <summary>The manifest's "profile" of the document: the profile id, or <c>jobs/&lt;id&gt;</c> for a specific job.</summary>
    public string Owner => Job is null ? Profile.Id : JobDescGen.Jobs.Building.JobBuild.Owner(Job.Id);
}
