using System.IO.Compression;
using JobDescGen.Cli;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Cli;

public sealed class DocxCommandTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("jobdescgen-docx-cli-");

    public void Dispose() => _root.Delete(recursive: true);

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Generate_takes_the_format_from_a_docx_output_path()
    {
        var target = Path.Combine(_root.FullName, "x.docx");
        var (exit, stdout, stderr) = Run("generate", RepoPaths.BundledProfile, "--level", "A1", "-o", target);

        Assert.True(exit == 0, stderr);
        Assert.Equal(target, stdout.Trim());
        using var zip = ZipFile.OpenRead(target);
        Assert.NotNull(zip.GetEntry("word/document.xml"));
    }

    [Fact]
    public void Validate_reports_a_damaged_reference_docx_at_its_path_with_exit_1()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_root.FullName, "templates")).FullName;
        var reference = Path.Combine(templates, "reference.docx");
        File.WriteAllText(reference, "this is not a Word document");

        var (exit, _, stderr) = Run("validate", RepoPaths.Profiles, "--templates", templates);

        Assert.Equal(1, exit);
        Assert.Contains($"{reference}: error: reference.docx is not a Word document", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_with_a_damaged_reference_docx_writes_nothing()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_root.FullName, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "reference.docx"), "this is not a Word document");
        var output = Directory.CreateDirectory(Path.Combine(_root.FullName, "out"));

        var (exit, _, stderr) = Run("generate", RepoPaths.BundledProfile, "--level", "A1", "--format", "docx", "--templates", templates, "-o", output.FullName + "/");

        Assert.Equal(1, exit);
        Assert.Contains("reference.docx is not a Word document", stderr, StringComparison.Ordinal);
        Assert.Empty(output.GetFiles());
    }

    [Fact]
    public void Build_writes_docx_beside_md_and_pdf_and_check_passes()
    {
        var output = Path.Combine(_root.FullName, "site");

        var (exit, _, stderr) = Run("build", "--profiles", RepoPaths.Profiles, "--out", output, "--formats", "md,pdf,docx");
        Assert.True(exit == 0, stderr);
        Assert.Equal(
            BundledDocuments.Levels.Append("overview").Select(l => $"leidinggevende-{l}.docx").Order(StringComparer.Ordinal),
            Directory.GetFiles(output, "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var (check, _, checkError) = Run("build", "--profiles", RepoPaths.Profiles, "--out", output, "--formats", "md,pdf,docx", "--check");
        Assert.True(check == 0, checkError);
    }

    [Fact]
    public void Build_includes_docx_by_default()
    {
        var output = Path.Combine(_root.FullName, "default");

        var (exit, _, stderr) = Run("build", "--profiles", RepoPaths.Profiles, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal(4 + 1, Directory.GetFiles(output, "*.docx").Length); // the levels and the overview
    }
}
