using System.Runtime.CompilerServices;
using Xunit;

namespace JobDescGen.Testing;

/// <summary>
/// Snapshot assertions with Verify's conventions: the approved text lives in
/// <c>Snapshots/NAME.verified.EXT</c> beside the test file and is committed; a mismatch writes
/// <c>NAME.received.EXT</c> (git-ignored) and fails. Review a received file, then approve it with
/// <c>tests/accept-snapshots.sh</c> (or rename it by hand).
/// </summary>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="actual"/> equals the verified snapshot <paramref name="name"/>.</summary>
    public static void Match(string actual, string name, string extension = "txt", [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == normalized)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, normalized);
        Assert.Fail(File.Exists(verified)
            ? $"snapshot '{name}' differs from {verified}; review {received} and approve it if it is right"
            : $"snapshot '{name}' has no verified file yet; review {received} and approve it if it is right");
    }
}
