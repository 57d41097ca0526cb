using JobDescGen.Cli;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Loading;

/// <summary>Texts are NFC-normalised on load: a decomposed letter pasted into a profile comes out as one character in every format.</summary>
public sealed class NormalisationTests : IDisposable
{
    private const string Composed = "coördineren";
    private const string Decomposed = "coo\u0308rdineren";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-nfc-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("md")]
    [InlineData("pdf")]
    public void A_decomposed_letter_comes_out_composed(string format)
    {
        var profiles = FolderCopy.Copy(RepoPaths.Profiles, Path.Combine(_folder.FullName, "profiles"));
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        var yaml = File.ReadAllText(file);
        Assert.Contains(Composed, yaml, StringComparison.Ordinal);
        File.WriteAllText(file, yaml.Replace(Composed, Decomposed, StringComparison.Ordinal));

        var output = Path.Combine(_folder.FullName, "out." + format);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.True(CliApp.Run(["generate", Path.Combine(profiles, "leidinggevende"), "--level", "A1", "--output", output], stdout, stderr) == 0, stderr.ToString());

        var text = format == "pdf" ? PdfText.Words(File.ReadAllBytes(output)) : File.ReadAllText(output);
        Assert.Contains(Composed, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0308", text, StringComparison.Ordinal);
    }
}
