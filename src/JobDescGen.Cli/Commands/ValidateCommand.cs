using System.CommandLine;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Pdf.Theme;
using JobDescGen.Rendering;

namespace JobDescGen.Cli.Commands;

/// <summary>
/// <c>jobdescgen validate [PATHS...]</c>: checks profiles, level files and templates, and reports
/// every problem at once. Every level is rendered too, so template errors surface here, not in CI.
/// </summary>
public static class ValidateCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen validate",
        "jobdescgen validate profiles/leidinggevende",
        "jobdescgen validate profiles/leidinggevende/levels/A1.yaml --templates my-templates",
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATHS")
        {
            Description = "Profiles folders, profile folders or profile files to check [default: --profiles]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var profiles = CommonOptions.Profiles();
        var templates = CommonOptions.Templates();
        var command = new Command("validate", "Check profiles, level files and templates; exit 0 when there are no errors") { paths, profiles, templates };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(paths) ?? [],
            parse.GetValue(profiles)!,
            parse.GetValue(templates)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string profilesDirectory, string? templatesDirectory)
    {
        var templates = CommonOptions.ResolveTemplates(templatesDirectory);
        var generator = new JobDescriptionGenerator(new TemplateSource(templates), ToolEnvironment.FallbackDate());
        var targets = paths.Length == 0 ? [profilesDirectory] : paths;
        var directories = new List<string>();
        foreach (var target in targets)
        {
            var found = ProfileSetLoader.FindProfileDirectories(target);
            if (found.Count == 0)
            {
                throw new UsageException(
                    File.Exists(target) || Directory.Exists(target) ? $"no profile found at '{target}'" : $"'{target}' does not exist",
                    "give a profiles folder, a profile folder (with profile.yaml) or a file inside one");
            }

            directories.AddRange(found.Where(d => !directories.Contains(d)));
        }

        // Template and label problems are the same for every level: report each once.
        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<Diagnostic>();

        // The PDF theme is part of the input too: a CI check must catch a broken theme.yaml.
        var themeDiagnostics = new DiagnosticBag();
        ThemeLoader.Load(templates, themeDiagnostics);
        diagnostics.AddRange(themeDiagnostics);
        var documents = 0;
        var catalogues = new LevelCatalogueCache();
        foreach (var directory in directories)
        {
            var loaded = ProfileSetLoader.Load(directory, catalogues);
            diagnostics.AddRange(loaded.Diagnostics.Where(seen.Add));
            if (loaded.Profile is null)
            {
                continue;
            }

            foreach (var level in loaded.Profile.Levels)
            {
                foreach (var language in loaded.Profile.Languages)
                {
                    documents++;
                    diagnostics.AddRange(generator.Generate(loaded.Profile, level.LevelId, language).Diagnostics.Where(seen.Add));
                }
            }
        }

        console.Report(diagnostics);
        var errors = diagnostics.ErrorCount();
        if (errors > 0)
        {
            return ExitCodes.ContentError;
        }

        console.Output.WriteLine($"ok: {Wording.Count(directories.Count, "profile")}, {Wording.Count(documents, "document")} rendered without errors");
        return ExitCodes.Success;
    }
}
