namespace JobDescGen.Model;

/// <summary>A role profile: the content common to all levels, plus its level variants in rank order.</summary>
public sealed record RoleProfile(
    string Id,
    IReadOnlyList<string> Languages,
    LocalizedText Title,
    LocalizedText? Notice,
    Statement Purpose,
    IReadOnlyList<ResultArea> ResultAreas,
    IReadOnlyList<CriterionDefinition> Criteria,
    IReadOnlyList<TermDefinition> Definitions,
    ProfileMetadata Metadata,
    IReadOnlyList<LevelVariant> Levels,
    LevelCatalogue Catalogue,
    string Directory,
    string File)
{
    /// <summary>The language documents are written in unless another is asked for.</summary>
    public string DefaultLanguage => Languages[0];

    /// <summary>The variant for a level id (case-insensitive), or null.</summary>
    public LevelVariant? FindLevel(string id) =>
        Levels.FirstOrDefault(l => string.Equals(l.LevelId, id, StringComparison.OrdinalIgnoreCase));
}
