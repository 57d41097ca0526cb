using System.CommandLine;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Resources;
using JobDescGen.Writing;

namespace JobDescGen.Cli.Commands;

/// <summary>
/// <c>jobdescgen init [DIR]</c>: writes a starter folder (the bundled profile, the built-in templates
/// and labels, the JSON schemas) to edit. Never overwrites a file unless asked to.
/// </summary>
public static class InitCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples = ["jobdescgen init my-job-descriptions", "jobdescgen init . --force"];

    private static readonly string[] Folders = ["profiles/", "templates/", "schemas/"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "Folder to write into", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist" };
        var command = new Command("init", "Write a starter folder: example profile, built-in templates and labels, JSON schemas, and .vscode/settings.json mapping the schemas to the files") { directory, force };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(directory)!,
            parse.GetValue(force)));
        return command;
    }

    private static int Run(CliConsole console, string directory, bool force)
    {
        if (File.Exists(directory))
        {
            throw new UsageException($"'{directory}' is a file; init writes into a folder", "give a folder (it is made when it does not exist)");
        }

        var files = Folders.SelectMany(BuiltInResources.Under).Append(EditorSettings.Path).ToList();
        var existing = files.Where(f => File.Exists(Path.Combine(directory, f))).ToList();
        if (existing.Count > 0 && !force)
        {
            // Check everything before writing anything, so a refused init leaves the folder as it was.
            console.Fail(
                $"{Wording.Count(existing.Count, "file")} already exist in '{directory}': {string.Join(", ", existing.Take(5))}{(existing.Count > 5 ? ", ..." : string.Empty)}",
                "choose an empty folder, or add --force to overwrite them");
            return ExitCodes.ContentError;
        }

        foreach (var file in files)
        {
            var target = Path.Combine(directory, file);
            AtomicFileWriter.Write(target, file == EditorSettings.Path ? System.Text.Encoding.UTF8.GetBytes(EditorSettings.Text()) : BuiltInResources.ReadBytes(file));
            console.Output.WriteLine(target);
        }

        var next = Path.GetFullPath(directory) == Path.GetFullPath(".") ? string.Empty : $"cd {directory} && ";
        console.Error.WriteLine($"wrote {files.Count} files; next: {next}jobdescgen generate --level A1");
        return ExitCodes.Success;
    }
}
