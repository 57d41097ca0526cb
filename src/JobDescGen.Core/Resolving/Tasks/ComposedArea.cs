using JobDescGen.Model;
using JobDescGen.Model.Tasks;

namespace JobDescGen.Resolving.Tasks;

/// <summary>A result area of one level, with its tasks after the level's edits (still in every language, with ids).</summary>
public sealed record ComposedArea(ResultArea Area, IReadOnlyList<ProfileTask> Tasks);
