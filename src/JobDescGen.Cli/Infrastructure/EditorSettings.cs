namespace JobDescGen.Cli.Infrastructure;

/// <summary>
/// The <c>.vscode/settings.json</c> that <c>init</c> writes: it maps each schema to the files it
/// describes, so the YAML extension completes and checks a new file before it has the
/// <c># yaml-language-server: $schema=</c> line.
/// </summary>
public static class EditorSettings
{
    /// <summary>Where the file goes, inside the folder <c>init</c> writes.</summary>
    public const string Path = ".vscode/settings.json";

    /// <summary>Each schema file (relative to the folder) and the globs of the files it describes.</summary>
    public static IReadOnlyList<(string Schema, string[] Globs)> SchemaGlobs { get; } =
    [
        ("./schemas/profile.schema.json", ["**/profiles/*/profile.yaml"]),
        ("./schemas/level.schema.json", ["**/profiles/*/levels/*.yaml"]),
        ("./schemas/levels.schema.json", ["**/profiles/levels.yaml", "**/profiles/*/levels.yaml"]),
        ("./schemas/job.schema.json", ["**/jobs/*.yaml"]),
        ("./schemas/theme.schema.json", ["**/templates/theme.yaml"]),
        ("./schemas/labels.schema.json", ["**/templates/lang/*.yaml"]),
    ];

    /// <summary>The file's text.</summary>
    public static string Text()
    {
        var entries = SchemaGlobs.Select(e => $"    \"{e.Schema}\": [{string.Join(", ", e.Globs.Select(g => $"\"{g}\""))}]");
        return "{\n  \"yaml.schemas\": {\n" + string.Join(",\n", entries) + "\n  }\n}\n";
    }
}
