using JobDescGen.Diagnostics;
using JobDescGen.Model.Tasks;

namespace JobDescGen.Model;

/// <summary>What one level adds to the common profile: its criteria, and optional additions or overrides.</summary>
/// <param name="LevelId">The level, as named in the level catalogue.</param>
/// <param name="Criteria">The level's statement for each criterion.</param>
/// <param name="Purpose">Replaces the profile's purpose for this level, when set.</param>
/// <param name="TaskEdits">Tasks added to, omitted from or placed in result areas at this level, by area id (<c>extra_tasks</c>, <c>omit_tasks</c>).</param>
/// <param name="OmitAreas">Optional result areas left out at this level.</param>
/// <param name="File">The level file.</param>
/// <param name="Location">Where the level id is written.</param>
/// <param name="CriteriaLocation">Where the <c>criteria:</c> key is written, when its value is a mapping (else null: already reported).</param>
/// <param name="UnreadCriteria">Criteria written in the file whose statement could not be read (already reported): not missing.</param>
public sealed record LevelVariant(
    string LevelId,
    IReadOnlyList<CriterionStatement> Criteria,
    Statement? Purpose,
    IReadOnlyList<TaskEdits> TaskEdits,
    IReadOnlyList<LocatedId> OmitAreas,
    string File,
    SourceLocation Location,
    SourceLocation? CriteriaLocation = null,
    IReadOnlyCollection<string>? UnreadCriteria = null);
