using JobDescGen.Diagnostics;

namespace JobDescGen.Model;

/// <summary>A level of the catalogue: its id, its rank (C &lt; B &lt; A1 ...) and its display name.</summary>
public sealed record LevelInfo(string Id, int Order, LocalizedText Name, SourceLocation Location)
{
    /// <summary>The display name in <paramref name="language"/>, falling back to the id.</summary>
    public string DisplayName(string language) => Name.Get(language) ?? Id;
}
