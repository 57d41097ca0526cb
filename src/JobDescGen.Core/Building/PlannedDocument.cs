using JobDescGen.Model;

namespace JobDescGen.Building;

/// <summary>
/// One job description (profile, level, language) and the files made from it: its Markdown is
/// rendered once and handed to every format's writer.
/// </summary>
public sealed record PlannedDocument(RoleProfile Profile, string LevelId, string Language, IReadOnlyList<PlannedOutput> Outputs);
