using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Cli;

public sealed class GenerateHtmlCommandTests : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("jobdescgen-html-");

    public void Dispose() => _output.Delete(recursive: true);

    [Fact]
    public void Generate_to_a_file_ending_in_html_writes_the_page()
    {
        var file = Path.Combine(_output.FullName, "x.html");
        var (exit, stdout, stderr) = Support.Cli.Run("generate", RepoPaths.BundledProfile, "--level", "A1", "-o", file);

        Assert.True(exit == 0, stderr);
        Assert.Equal(file, stdout.Trim());
        Assert.Equal(HtmlPages.Html("A1"), File.ReadAllText(file));
    }

    [Fact]
    public void Generate_with_format_html_names_the_file_like_the_build()
    {
        var (exit, stdout, stderr) = Support.Cli.Run("generate", RepoPaths.BundledProfile, "--level", "B", "--format", "html", "--output", _output.FullName + "/");

        Assert.True(exit == 0, stderr);
        var file = Path.Combine(_output.FullName, "leidinggevende-B.html");
        Assert.Equal(file, stdout.Trim());
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl-BE\">", File.ReadAllText(file), StringComparison.Ordinal);
    }
}
