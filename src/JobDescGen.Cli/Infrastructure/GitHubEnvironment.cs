namespace JobDescGen.Cli.Infrastructure;

/// <summary>
/// What the tool reads from a GitHub Actions run: whether it runs in one, where the job summary
/// goes, and the workspace that annotation paths are relative to.
/// </summary>
public sealed class GitHubEnvironment(Func<string, string?> variable)
{
    /// <summary>The process's environment.</summary>
    public static GitHubEnvironment Current { get; } = new(System.Environment.GetEnvironmentVariable);

    /// <summary>True when <c>GITHUB_ACTIONS=true</c>, as GitHub sets it for every step.</summary>
    public bool IsActive => string.Equals(variable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The job summary file (<c>GITHUB_STEP_SUMMARY</c>), or null.</summary>
    public string? SummaryFile => IsActive && variable("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null;

    /// <summary>A path as GitHub wants it in an annotation: relative to the workspace, with '/'.</summary>
    public string RepositoryPath(string path)
    {
        var workspace = variable("GITHUB_WORKSPACE");
        var full = Path.GetFullPath(path);
        var relative = workspace is { Length: > 0 } && full.StartsWith(Path.GetFullPath(workspace), StringComparison.Ordinal)
            ? Path.GetRelativePath(workspace, full)
            : Path.IsPathRooted(path) ? full : Path.GetRelativePath(System.Environment.CurrentDirectory, full);
        return relative.Replace('\\', '/');
    }
}
