using JobDescGen.Building;
using JobDescGen.Cli;
using JobDescGen.Testing;
using JobDescGen.Writing;

namespace JobDescGen.Build.Tests;

/// <summary>
/// A throw-away folder with a copy of the bundled profiles and templates, and an output folder, so
/// each test can change inputs freely. Deleted on dispose.
/// </summary>
public sealed class BuildWorkspace : IDisposable
{
    public BuildWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "jobdescgen-build-tests", Guid.NewGuid().ToString("N"));
        FolderCopy.Copy(RepoPaths.Profiles, Profiles);
        FolderCopy.Copy(RepoPaths.Templates, Templates);
    }

    public string Root { get; }

    public string Profiles => Path.Combine(Root, "profiles");

    public string Templates => Path.Combine(Root, "templates");

    public string Output => Path.Combine(Root, "out");

    public string Profile(string id = "leidinggevende") => Path.Combine(Profiles, id);

    /// <summary>A request over this workspace: Markdown only unless other writers are given.</summary>
    public BuildRequest Request(
        string toolVersion = "1.0.0-test",
        bool force = false,
        IReadOnlyCollection<string>? levels = null,
        string name = OutputNamePattern.Default,
        DateOnly? fallbackDate = null,
        IReadOnlyList<IDocumentWriter>? writers = null) =>
        new(Profiles, Output, writers ?? [new MarkdownDocumentWriter()], levels, OutputNamePattern.Parse(name), Templates, fallbackDate ?? new DateOnly(2026, 1, 1), toolVersion, force);

    public BuildResult Build(BuildRequest? request = null) => new BuildRunner(request ?? Request()).Run(BuildMode.Write);

    public BuildResult Check(BuildRequest? request = null) => new BuildRunner(request ?? Request()).Run(BuildMode.Check);

    /// <summary>Runs the command line in-process with the workspace's folders filled in.</summary>
    public (int Exit, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run([.. args, "--profiles", Profiles, "--templates", Templates], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Every file under the output folder (relative, '/' separators), sorted.</summary>
    public IReadOnlyList<string> OutputFiles() => !Directory.Exists(Output)
        ? []
        : [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
