using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using JobDescGen.Building;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Loading;
using JobDescGen.Writing;

namespace JobDescGen.Cli.Commands;

/// <summary>
/// <c>jobdescgen build</c>: every profile × level × format, and every specific job of <c>--jobs</c>,
/// into one folder with a manifest, in parallel and incrementally; <c>--check</c> compares instead of writing, for CI.
/// </summary>
public static class BuildCommand
{
    /// <summary>The default output folder.</summary>
    public const string DefaultOutputDirectory = "out";

    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen build",
        "jobdescgen build --profiles hr/profiles --out site/job-descriptions --formats md,pdf",
        "jobdescgen build --jobs hr/posts --formats md,html",
        "jobdescgen build --levels A1,A2 --name \"{level}/{profile}.{ext}\"",
        "jobdescgen build --check --out docs/job-descriptions",
        "jobdescgen build --json --quiet > build-report.json",
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var profiles = CommonOptions.Profiles();
        var jobs = CommonOptions.Jobs();
        var templates = CommonOptions.Templates();
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the documents and manifest.json into", DefaultValueFactory = _ => DefaultOutputDirectory, HelpName = "DIR" };
        var formats = new Option<string>("--formats", "-f")
        {
            Description = $"Comma-separated output formats [default: all: {string.Join(",", AllFormats())}]",
            HelpName = "FORMATS",
        };
        var levels = new Option<string>("--levels", "-l") { Description = "Comma-separated levels to build, or all", DefaultValueFactory = _ => "all", HelpName = "LEVELS" };
        var check = new Option<bool>("--check") { Description = "Build in memory and compare with --out: list missing, stale and extra files, write nothing, exit 1 on any difference" };
        var force = new Option<bool>("--force") { Description = "Rebuild every document, even those whose inputs are unchanged" };
        var name = new Option<string>("--name") { Description = "File name pattern: {profile}, {level}, {language}, {ext}; '/' makes folders; -{language} is added for profiles with several languages", DefaultValueFactory = _ => OutputNamePattern.Default, HelpName = "PATTERN" };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable JSON report on stdout instead of the file list" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems: diagnostics and files that failed, are missing, stale or extra" };

        ProfileCompletions.ForLevel(levels);
        var command = new Command("build", "Build every profile, level and format, and the specific jobs, into a folder, with manifest.json; incremental, parallel; --check for CI")
        {
            profiles, jobs, output, formats, levels, check, force, name, json, quiet, templates,
        };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            new Settings(
                parse.GetValue(profiles)!,
                parse.GetValue(jobs),
                parse.GetValue(output)!,
                parse.GetValue(formats),
                parse.GetValue(levels)!,
                parse.GetValue(check),
                parse.GetValue(force),
                parse.GetValue(name)!,
                parse.GetValue(json),
                parse.GetValue(quiet),
                parse.GetValue(templates))));
        return command;
    }

    /// <summary>The tool version recorded in manifests: the informational version (with the commit when built from git).</summary>
    public static string ToolVersion() =>
        typeof(BuildCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static int Run(CliConsole console, Settings settings)
    {
        CommonOptions.RequireProfilesFolder(settings.Profiles);
        CommonOptions.RequireOutputFolder(settings.Output);
        var jobs = CommonOptions.ResolveJobs(settings.Jobs, settings.Profiles);

        var templates = CommonOptions.ResolveTemplates(settings.Templates);
        var writers = Writers(settings.Formats, templates, console);
        if (writers is null)
        {
            // A writer could not be set up (a broken theme.yaml): its diagnostics are printed.
            return ExitCodes.ContentError;
        }

        var levels = ParseLevels(settings.Levels);
        RequireKnownLevels(settings.Profiles, levels);
        var name = ParseName(settings.Name);
        RequireDistinctNames(name, writers.Count, levels, settings.Profiles);
        var request = new BuildRequest(
            settings.Profiles,
            settings.Output,
            writers,
            levels,
            name,
            templates,
            ToolEnvironment.FallbackDate(),
            ToolVersion(),
            settings.Force,
            Directory.Exists(jobs) ? jobs : null);
        var mode = settings.Check ? BuildMode.Check : BuildMode.Write;
        var lines = !settings.Json && !settings.Quiet;
        var bar = lines && TerminalMode.IsInteractive(console);

        var clock = Stopwatch.StartNew();
        var result = bar
            ? BuildProgressBar.Run(settings.Check ? "Checking" : "Building", progress => new BuildRunner(request, progress).Run(mode))
            : new BuildRunner(request).Run(mode);
        var elapsed = clock.Elapsed;

        console.Report(result.Diagnostics);
        GitHubBuildReport.Write(result, settings.Output, elapsed, console.Error);
        if (settings.Json)
        {
            console.Output.Write(BuildReportSerializer.Serialize(result, elapsed));
        }
        else
        {
            // One line per file, after the build, in the result's order (sorted by path), so two runs
            // print the same lines; under a bar or --quiet only the problems and what was deleted.
            var everyFile = lines && !bar;
            foreach (var file in result.Files)
            {
                var show = file.Status switch
                {
                    DocumentStatus.Extra => true,
                    DocumentStatus.Deleted => !settings.Quiet,
                    _ => everyFile || BuildLines.IsProblem(file.Status),
                };
                if (show)
                {
                    console.Output.WriteLine(BuildLines.For(file, settings.Output));
                }
            }

            if (!settings.Quiet)
            {
                console.Output.WriteLine(BuildLines.Summary(result, elapsed));
            }
        }

        if (!result.Succeeded && mode == BuildMode.Check && result.FailedProfiles.Count == 0)
        {
            var extra = result.Files.Any(f => f.Status == DocumentStatus.Extra);
            console.Fail(
                $"'{settings.Output}' is not what the build makes",
                extra
                    ? $"delete the extra files listed above (the build never deletes files it did not make), then run 'jobdescgen build --out {settings.Output}' with the same options and commit the result"
                    : $"run 'jobdescgen build --out {settings.Output}' with the same options and commit the result");
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentError;
    }

    // "--levels A9" is a wrong command line, as "generate --level A9" is: exit 2 before anything is
    // built, written or even the output folder made. So is "--levels A3" when the catalogue has A3
    // but no profile does: the build would make nothing for it and say nothing.
    private static void RequireKnownLevels(string profiles, IReadOnlyCollection<string>? levels)
    {
        if (levels is null)
        {
            return;
        }

        var (unknown, known) = LevelSelection.Check(profiles, levels);
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown level{(unknown.Count == 1 ? string.Empty : "s")} {Quoted(unknown)} in --levels", $"levels: {string.Join(", ", known)}");
        }

        var (missing, present) = LevelSelection.NotInAnyProfile(profiles, levels, known);
        if (missing.Count > 0)
        {
            throw new UsageException(
                $"no profile in '{profiles}' has level{(missing.Count == 1 ? string.Empty : "s")} {Quoted(missing)} (--levels)",
                present.Count == 0 ? "add a level file (for example levels/A1.yaml) to a profile" : $"the profiles have: {string.Join(", ", present)}; to build {missing[0]}, add levels/{missing[0]}.yaml to a profile");
        }
    }

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    // A pattern that gives two files of one build the same name stops the build before anything is
    // written, as a wrong --levels does: "{profile}-{level}" with md and pdf would otherwise write one
    // extension-less file per document and fail the other.
    private static void RequireDistinctNames(OutputNamePattern name, int formats, IReadOnlyCollection<string>? levels, string profiles)
    {
        var profileCount = ProfileSetLoader.FindProfileDirectories(profiles).Count;
        if (name.SharedName(formats, levels, profileCount) is { } problem)
        {
            throw new UsageException(problem.Message, problem.Hint);
        }
    }

    private static List<IDocumentWriter>? Writers(string? value, string? templates, CliConsole console)
    {
        var registry = ToolFormats.Registry;
        var formats = new List<IOutputFormat>();
        foreach (var name in (value is null ? AllFormats() : Split(value)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            formats.Add(registry.Find(name) ?? throw new UsageException($"unknown format '{name}'", $"formats: {registry.NameList}"));
        }

        if (formats.Count == 0)
        {
            throw new UsageException("--formats names no format", $"formats: {registry.NameList}");
        }

        var diagnostics = new DiagnosticBag();
        var context = new FormatContext(templates);
        var writers = formats.Select(format => format.CreateWriter(context, diagnostics)).ToList();
        console.Report(diagnostics.Sorted());
        return writers.Contains(null) ? null : [.. writers.OfType<IDocumentWriter>()];
    }

    private static IReadOnlyCollection<string>? ParseLevels(string value)
    {
        var levels = Split(value);
        if (levels.Count == 0)
        {
            throw new UsageException("--levels names no level", "give all, or levels separated by commas, for example A1,B");
        }

        return levels.Any(l => l.Equals("all", StringComparison.OrdinalIgnoreCase)) ? null : levels;
    }

    private static OutputNamePattern ParseName(string value)
    {
        try
        {
            return OutputNamePattern.Parse(value);
        }
        catch (FormatException exception)
        {
            throw new UsageException(exception.Message, $"for example --name \"{OutputNamePattern.Default}\" or \"{{profile}}/{{level}}-{{language}}.{{ext}}\"");
        }
    }

    private static List<string> AllFormats() => [.. ToolFormats.Registry.Names];

    private static List<string> Split(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private sealed record Settings(string Profiles, string? Jobs, string Output, string? Formats, string Levels, bool Check, bool Force, string Name, bool Json, bool Quiet, string? Templates);
}
