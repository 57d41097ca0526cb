using JobDescGen.Building;
using Xunit;

namespace JobDescGen.Build.Tests;

/// <summary>
/// The build does not flush each document to disk (see AtomicFileWriter): what a crash or power cut
/// could leave of one — an empty file, a file cut short, no file — must be found by the next build
/// through the manifest's hashes and made again, never kept as up to date.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("empty")]
    [InlineData("cut short")]
    [InlineData("missing")]
    public void A_document_a_crash_damaged_is_made_again(string damage)
    {
        _workspace.Build();
        var a1 = Path.Combine(_workspace.Output, "leidinggevende-A1.md");
        var good = File.ReadAllBytes(a1);
        switch (damage)
        {
            case "empty":
                File.WriteAllBytes(a1, []);
                break;
            case "cut short":
                File.WriteAllBytes(a1, good[..(good.Length / 2)]);
                break;
            default:
                File.Delete(a1);
                break;
        }

        Assert.Contains("leidinggevende-A1.md", _workspace.Check().With(damage == "missing" ? DocumentStatus.Missing : DocumentStatus.Stale));
        var result = _workspace.Build();

        Assert.Equal(["leidinggevende-A1.md"], result.With(DocumentStatus.Built));
        Assert.Equal(good, File.ReadAllBytes(a1));
        Assert.Empty(_workspace.Check().With(DocumentStatus.Stale));
    }
}
