using JobDescGen.Cli;
using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Cli;

public sealed class GeneratePdfCommandTests : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("jobdescgen-pdf-");

    public void Dispose() => _output.Delete(recursive: true);

    [Fact]
    public void Generate_with_format_pdf_writes_a_pdf_file()
    {
        var (exit, stdout, stderr) = Run("generate", RepoPaths.BundledProfile, "--level", "A1", "--format", "pdf", "--output", _output.FullName + "/");

        Assert.True(exit == 0, stderr);
        var file = Path.Combine(_output.FullName, "leidinggevende-A1.pdf");
        Assert.Equal(file, stdout.Trim());
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(file).Take(5));
    }

    [Fact]
    public void A_broken_theme_is_a_located_error_with_a_non_zero_exit_and_no_file()
    {
        var templates = Path.Combine(AppContext.BaseDirectory, "TestData", "themes", "broken");
        var (exit, _, stderr) = Run("generate", RepoPaths.BundledProfile, "--level", "A1", "--format", "pdf", "--templates", templates, "--output", _output.FullName + "/");

        Assert.Equal(1, exit);
        Assert.Contains(Path.Combine(templates, "theme.yaml") + ":6:3: error: unknown key 'sise' in 'font'", stderr, StringComparison.Ordinal);
        Assert.Contains("5 errors", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(_output.GetFiles());
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
