using System.CommandLine;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Loading;
using JobDescGen.Jobs.Pipeline;
using JobDescGen.Pipeline;

namespace JobDescGen.Cli.Commands;

/// <summary>
/// <c>jobdescgen validate [PATHS...]</c>: checks profiles, level files, jobs and templates, and reports
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
        "jobdescgen validate --strict",
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATHS")
        {
            Description = "Profiles folders, profile folders, profile files or job files to check [default: --profiles and --jobs]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var profiles = CommonOptions.Profiles();
        var jobs = CommonOptions.Jobs();
        var templates = CommonOptions.Templates();
        var json = new Option<bool>("--json") { Description = "Print a JSON report on stdout (schemaVersion, succeeded, counts, diagnostics) instead of the text; diagnostics still go to stderr" };
        var strict = new Option<bool>("--strict") { Description = "Count warnings as errors (exit 1), for CI" };
        var command = new Command("validate", "Check profiles, level files and templates; exit 0 when there are no errors") { paths, profiles, jobs, templates, json, strict };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(paths) ?? [],
            parse.GetValue(profiles)!,
            CommonOptions.ResolveJobs(parse.GetValue(jobs), parse.GetValue(profiles)!),
            parse.GetValue(templates),
            parse.GetValue(json),
            parse.GetValue(strict)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string profilesDirectory, string jobsDirectory, string? templatesDirectory, bool json, bool strict)
    {
        // Job files given as paths are checked as jobs; with no paths, every job beside the profiles is.
        var jobFiles = paths.Length == 0 ? JobFiles.Find(jobsDirectory) : [.. paths.Where(p => JobSelection.IsJob(p, jobsDirectory) && File.Exists(p))];
        var profileTargets = paths.Length == 0 ? [profilesDirectory] : paths.Except(jobFiles).ToArray();
        var pipeline = ToolPipeline.Create(templatesDirectory);
        var run = profileTargets.Length == 0 ? new ValidationRun(PipelineStatus.Ok, [], 0, 0) : pipeline.Validate(profileTargets);
        if (jobFiles.Count > 0)
        {
            run = run.With(pipeline.ValidateJobs(jobFiles, profilesDirectory));
        }

        if (strict)
        {
            run = run.WithWarningsAsErrors();
        }

        console.Report(run.Diagnostics);
        if (json)
        {
            console.Output.Write(JsonOutput.Object(report =>
            {
                var errors = run.Diagnostics.ErrorCount();
                report.WriteBoolean("succeeded", run.Status == PipelineStatus.Ok);
                report.WriteNumber("profiles", run.Profiles);
                report.WriteNumber("documents", run.Documents);
                report.WriteStartObject("counts");
                report.WriteNumber("errors", errors);
                report.WriteNumber("warnings", run.Diagnostics.Count - errors);
                report.WriteEndObject();
                report.WriteStartArray("diagnostics");
                foreach (var diagnostic in run.Diagnostics)
                {
                    DiagnosticJson.Write(report, diagnostic);
                }

                report.WriteEndArray();
            }));
        }

        if (run.Status != PipelineStatus.Ok)
        {
            return PipelineExit.Code(run.Status);
        }

        if (!json)
        {
            console.Output.WriteLine($"ok: {Wording.Count(run.Profiles, "profile")}, {Wording.Count(run.Documents, "document")} rendered without errors");
        }

        return ExitCodes.Success;
    }
}
