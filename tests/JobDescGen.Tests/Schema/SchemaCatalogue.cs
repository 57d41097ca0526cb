using JobDescGen.Testing;

namespace JobDescGen.Tests.Schema;

/// <summary>The shipped schemas and the bundled files each one describes.</summary>
internal static class SchemaCatalogue
{
    /// <summary>The base of every schema's <c>$id</c>: the schemas' version is part of it.</summary>
    public const string IdBase = "https://jobdescgen.github.io/schemas/v1/";

    /// <summary>Every schema in schemas/, by name (<c>profile</c> for profile.schema.json).</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles(RepoPaths.Of("schemas"), "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order(StringComparer.Ordinal)];

    /// <summary>Every bundled YAML file (profiles, level catalogue, jobs, theme, labels) with the name of its schema.</summary>
    public static IEnumerable<(string Schema, string File)> BundledFiles()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Of("profiles"), "*.yaml", SearchOption.AllDirectories).Concat(Directory.GetFiles(RepoPaths.Of("jobs"), "*.yaml")).Concat(Directory.GetFiles(RepoPaths.Of("templates"), "*.yaml", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
            yield return (SchemaOf(relative), relative);
        }
    }

    /// <summary>The schema a file at <paramref name="relative"/> (from the repository root) follows, by its place.</summary>
    public static string SchemaOf(string relative)
    {
        var parts = relative.Split('/');
        return parts switch
        {
            ["profiles", "levels.yaml"] or ["profiles", _, "levels.yaml"] => "levels",
            ["profiles", _, "profile.yaml"] => "profile",
            ["profiles", _, "levels", _] => "level",
            ["templates", "theme.yaml"] => "theme",
            ["jobs", _] => "job",
            ["templates", "lang", _] => "labels",
            _ => throw new InvalidOperationException($"no schema is known for {relative}"),
        };
    }
}
