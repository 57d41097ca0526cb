using JobDescGen.Building;

namespace JobDescGen.Build.Tests;

/// <summary>Short views of a build result for assertions.</summary>
internal static class Statuses
{
    /// <summary>The paths with <paramref name="status"/>, sorted.</summary>
    public static string[] With(this BuildResult result, DocumentStatus status) =>
        [.. result.Files.Where(f => f.Status == status).Select(f => f.Path).Order(StringComparer.Ordinal)];

    public static readonly string[] AllLevels =
        ["leidinggevende-A1.md", "leidinggevende-A2.md", "leidinggevende-B.md", "leidinggevende-C.md"];

    /// <summary>The profile's overview: every level side by side.</summary>
    public const string Overview = "leidinggevende-overview.md";

    /// <summary>Every file a Markdown build of the bundled profile makes, sorted.</summary>
    public static readonly string[] AllFiles = [.. AllLevels, Overview];
}
