using JobDescGen.Diagnostics;
using JobDescGen.Model;

namespace JobDescGen.Loading;

/// <summary>Loads the level catalogue (<c>levels.yaml</c>): the levels in rank order with display names.</summary>
public static class LevelCatalogueLoader
{
    /// <summary>The file name looked for in the profiles folder.</summary>
    public const string FileName = "levels.yaml";

    private static readonly string[] RootKeys = ["levels"];
    private static readonly string[] LevelKeys = ["id", "name"];

    /// <summary>Loads the catalogue in <paramref name="path"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static LevelCatalogue Load(string path, DiagnosticBag diagnostics)
    {
        var reader = new YamlFieldReader(diagnostics, defaultLanguage: null);
        var root = reader.Mapping(SourceFile.ReadYaml(path, diagnostics, Path.GetDirectoryName(Path.GetFullPath(path))), string.Empty, RootKeys, RootKeys);
        var levels = reader.List(root?.Get("levels"), "levels", (node, itemPath) =>
        {
            var level = reader.Mapping(node, itemPath, LevelKeys, LevelKeys);
            var id = reader.Id(level?.Get("id"), itemPath + ".id");
            var name = reader.Text(level?.Get("name"), itemPath + ".name");
            return id is null || name is null ? null : new LevelInfo(id, 0, name, level!.Get("id")!.Location);
        });
        reader.CheckUnique(levels, l => l.Id, l => l.Location, "level");

        // The rank is the position in the file: the catalogue lists levels from lowest to highest.
        return new LevelCatalogue([.. levels.Select((level, index) => level with { Order = index })], path);
    }
}
