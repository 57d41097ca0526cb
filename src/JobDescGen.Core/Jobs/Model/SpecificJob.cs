using JobDescGen.Diagnostics;
using JobDescGen.Model;

namespace JobDescGen.Jobs.Model;

/// <summary>
/// A specific job description: one post at one level, written on a generic profile. It names the
/// profile and level and completes the rubrics of the federal job-description model; everything
/// generic is inherited from the profile when the job is resolved, never copied into it.
/// </summary>
/// <param name="Id">The job's id: its file name without extension.</param>
/// <param name="Extends">The generic profile's id, where it is written.</param>
/// <param name="Level">The level, where it is written.</param>
/// <param name="Version">The job description's own version, or null.</param>
/// <param name="Identification">Rubric 1.</param>
/// <param name="PurposeAddition">Rubric 2: what the job adds to the generic purpose, or null.</param>
/// <param name="Areas">Rubric 3: the optional areas kept and the task edits.</param>
/// <param name="Network">Rubric 4.</param>
/// <param name="Organogram">Rubric 5, or null.</param>
/// <param name="Positioning">Rubric 6.</param>
/// <param name="Autonomy">Rubric 7.</param>
/// <param name="Impact">Rubric 8.</param>
/// <param name="Knowledge">Rubric 9 (technical expertise).</param>
/// <param name="Innovation">Rubric 10.</param>
/// <param name="Competencies">Rubric 11: generic competencies and their expected level.</param>
/// <param name="Context">Rubric 12: the specific context of the job.</param>
/// <param name="File">The job file.</param>
public sealed record SpecificJob(
    string Id,
    LocatedId Extends,
    LocatedId Level,
    string? Version,
    JobIdentification Identification,
    LocalizedText? PurposeAddition,
    JobAreaChoices Areas,
    JobNetwork Network,
    LocalizedText? Organogram,
    JobPositioning Positioning,
    JobAutonomy Autonomy,
    JobImpact Impact,
    JobKnowledge Knowledge,
    JobInnovation Innovation,
    IReadOnlyList<JobCompetency> Competencies,
    IReadOnlyList<LocalizedText> Context,
    string File);
