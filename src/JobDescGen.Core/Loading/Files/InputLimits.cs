namespace JobDescGen.Loading.Files;

/// <summary>
/// The bounds on what the tool reads and makes, so that hostile or broken input ends in an error
/// instead of a hang or an exhausted machine. The README's "Limits" section lists them.
/// </summary>
public static class InputLimits
{
    /// <summary>The largest input file read: YAML, template, label, theme, logo (4 MiB; the bundled profile is 12 KB).</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    /// <summary>How deeply lists and mappings may nest in a YAML file (the profile format needs 6).</summary>
    public const int MaxYamlDepth = 64;

    /// <summary>The most characters aliases (<c>*name</c>) may repeat in one YAML file.</summary>
    public const long MaxAliasedCharacters = 1_000_000;
}
