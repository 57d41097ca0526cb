namespace JobDescGen.Loading.Files;

/// <summary>Which files are YAML input: profiles, level files, jobs, catalogues.</summary>
public static class YamlFiles
{
    /// <summary>True for a ".yaml" or ".yml" file, in any case.</summary>
    public static bool IsYaml(string file) => Path.GetExtension(file).ToLowerInvariant() is ".yaml" or ".yml";
}
