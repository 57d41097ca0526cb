using System.CommandLine;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diffing;
using JobDescGen.Explaining;
using JobDescGen.Jobs.Pipeline;
using JobDescGen.Pipeline;

namespace JobDescGen.Cli.Commands;

/// <summary><c>jobdescgen explain [PROFILE] --level A1</c>: the data a template receives for one level.</summary>
public static class ExplainCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen explain --level A1",
        "jobdescgen explain leidinggevende --level B --format yaml",
        "jobdescgen explain --level A2 | jq '.criteria[].name'",
        "jobdescgen explain teamleider-personeelsadministratie | jq '.job.rubrics'",
    ];

    /// <summary>Builds the command.</summary>
    // What an --output file's extension asks for when --format is not given.
    private static readonly Dictionary<string, string> FormatsByExtension = new(StringComparer.Ordinal)
    {
        [".json"] = "json",
        [".yaml"] = "yaml",
        [".yml"] = "yaml",
    };

    public static Command Create()
    {
        var profile = new Argument<string?>("PROFILE")
        {
            Description = "Profile id (folder name under --profiles) or path to a profile folder; optional when there is one profile. Without --level: a specific job's id or path",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var level = new Option<string?>("--level", "-l") { Description = "Level to explain (for example C, B, A1, A2); leave it out for a specific job", HelpName = "LEVEL" };
        var format = new Option<string?>("--format", "-f") { Description = "json or yaml [default: from the --output file's extension (.json, .yaml, .yml), else json]", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("json", "yaml");
        var output = CommonOptions.ReportOutputPath();
        var language = new Option<string?>("--language") { Description = "Language [default: the profile's first language]", HelpName = "LANG" };
        var profiles = CommonOptions.Profiles();
        var jobs = CommonOptions.Jobs();
        var templates = CommonOptions.Templates();

        ProfileCompletions.ForProfileOrJob(profile, "--level");
        ProfileCompletions.ForLevel(level);
        var command = new Command("explain", "Print the data a template receives for one level, with the names the template uses (for template authors and other tools)")
        {
            profile, level, format, output, language, profiles, jobs, templates,
        };
        command.SetAction(parse =>
        {
            var console = new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var chosenFormat = DocumentOutput.ChooseReportFormat(parse.GetValue(format), parse.GetValue(output), FormatsByExtension, "json") == "yaml" ? ExplainFormat.Yaml : ExplainFormat.Json;
            if (parse.GetValue(level) is null)
            {
                var job = parse.GetValue(profile) ?? throw UsageException.NeitherLevelNorJob("explain");
                var jobRun = JobDataLoader.Load(ToolPipeline.Create(parse.GetValue(templates)), new JobRequest(job, parse.GetValue(profiles)!, CommonOptions.ResolveJobs(parse.GetValue(jobs), parse.GetValue(profiles)!), parse.GetValue(language)));
                console.Report(jobRun.Diagnostics);
                return jobRun.Status != PipelineStatus.Ok
                    ? PipelineExit.Code(jobRun.Status)
                    : DocumentOutput.WriteText(console, LevelExplainer.Explain(jobRun.Job!, jobRun.Labels!, chosenFormat), parse.GetValue(output));
            }

            var jobInstead = new JobInstead(CommonOptions.ResolveJobs(parse.GetValue(jobs), parse.GetValue(profiles)!), "explain", "--level");
            var run = LevelDataLoader.Load(ToolPipeline.Create(parse.GetValue(templates)), parse.GetValue(profile), parse.GetValue(profiles)!, [parse.GetValue(level)!], parse.GetValue(language), jobInstead);
            console.Report(run.Diagnostics);
            if (run.Status != PipelineStatus.Ok)
            {
                return PipelineExit.Code(run.Status);
            }

            return DocumentOutput.WriteText(console, LevelExplainer.Explain(run.Resolved.Single(), run.Labels!, chosenFormat), parse.GetValue(output));
        });
        return command;
    }
}
