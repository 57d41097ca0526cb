namespace JobDescGen.Benchmarks;

/// <summary>Paths of the repository the benchmarks run from.</summary>
internal static class BenchmarkPaths
{
    /// <summary>The bundled profile "leidinggevende".</summary>
    public static string BundledProfile => Path.Combine(RepositoryRoot(), "profiles", "leidinggevende");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JobDescGen.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
