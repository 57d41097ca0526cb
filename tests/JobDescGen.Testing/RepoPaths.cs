namespace JobDescGen.Testing;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder holding JobDescGen.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled profiles folder.</summary>
    public static string Profiles => Path.Combine(Root, "profiles");

    /// <summary>The bundled profile "leidinggevende".</summary>
    public static string BundledProfile => Path.Combine(Profiles, "leidinggevende");

    /// <summary>The built-in templates folder.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>A path relative to the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JobDescGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (JobDescGen.sln) above " + AppContext.BaseDirectory);
    }
}
