using System.Text.Json;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.Docs;

/// <summary>Every package the tool ships with is named, with its licence, in THIRD-PARTY-NOTICES.md.</summary>
public sealed class ThirdPartyNoticesTests
{
    [Fact]
    public void Every_package_in_the_tool_is_in_the_notices()
    {
        // The tool's own dependency list, copied beside the tests because they reference it.
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "jobdescgen.deps.json")));
        var packages = deps.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "package")
            .Select(library => library.Name.Split('/'))
            .ToList();
        var notices = File.ReadAllText(RepoPaths.Of("THIRD-PARTY-NOTICES.md"));

        Assert.NotEmpty(packages);
        foreach (var package in packages)
        {
            Assert.Contains(package[0], notices, StringComparison.Ordinal);
            Assert.Contains(package[1], notices, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_tool_is_MIT_licensed_and_the_package_says_so()
    {
        Assert.StartsWith("MIT License", File.ReadAllText(RepoPaths.Of("LICENSE")), StringComparison.Ordinal);
        var props = System.Xml.Linq.XDocument.Load(RepoPaths.Of("Directory.Build.props"));
        Assert.Equal("MIT", props.Descendants("PackageLicenseExpression").Single().Value);
        var project = File.ReadAllText(RepoPaths.Of("src", "JobDescGen.Cli", "JobDescGen.Cli.csproj"));
        foreach (var packed in new[] { "README.md", "LICENSE", "THIRD-PARTY-NOTICES.md", "icon.png" })
        {
            Assert.Contains(packed, project, StringComparison.Ordinal);
        }
    }
}
