using JobDescGen.Terminal.Preview;
using JobDescGen.Testing;

namespace JobDescGen.Terminal.Tests.Support;

/// <summary>Preview requests for the bundled profile.</summary>
public static class Requests
{
    /// <summary>A request for <paramref name="level"/> (compared with <paramref name="compare"/>) of the profile in <paramref name="profileDirectory"/>.</summary>
    public static PreviewRequest For(string level, string? compare = null, string? profileDirectory = null, string? templates = null) =>
        new(profileDirectory ?? RepoPaths.BundledProfile, level, compare, null, templates, BundledDocuments.PinnedDate);
}
