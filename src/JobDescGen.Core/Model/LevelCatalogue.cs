namespace JobDescGen.Model;

/// <summary>The levels known to a set of profiles, in rank order.</summary>
public sealed record LevelCatalogue(IReadOnlyList<LevelInfo> Levels, string File)
{
    /// <summary>The level with this id (case-insensitive, so <c>--level a1</c> works), or null.</summary>
    public LevelInfo? Find(string id) =>
        Levels.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase));
}
