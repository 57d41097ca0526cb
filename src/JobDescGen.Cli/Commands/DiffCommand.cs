using System.CommandLine;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diffing;
using JobDescGen.Jobs.Diffing;
using JobDescGen.Jobs.Pipeline;
using JobDescGen.Pipeline;

namespace JobDescGen.Cli.Commands;

/// <summary><c>jobdescgen diff [PROFILE] --from B --to A1</c>: what changes from one level to another, criterion by criterion.</summary>
public static class DiffCommand
{
    // What an --output file's extension asks for when --format is not given.
    private static readonly Dictionary<string, string> FormatsByExtension = new(StringComparer.Ordinal)
    {
        [".txt"] = "text",
        [".md"] = "md",
        [".markdown"] = "md",
        [".json"] = "json",
    };

    /// <summary>The formats of the report.</summary>
    public static readonly string[] Formats = ["text", "md", "json"];

    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen diff --from B --to A1",
        "jobdescgen diff leidinggevende --from A1 --to A2 --format md --output a1-a2.md",
        "jobdescgen diff teamleider-personeelsadministratie",
        "jobdescgen diff --from C --to B --format json | jq '.criteria[] | select(.status == \"changed\") | .name'",
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var profile = new Argument<string?>("PROFILE")
        {
            Description = "Profile id (folder name under --profiles) or path to a profile folder; optional when there is one profile. Without --from and --to: a specific job's id or path, compared with its generic level",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var from = new Option<string?>("--from") { Description = "The level to compare from (for example B)", HelpName = "LEVEL" };
        var to = new Option<string?>("--to") { Description = "The level to compare to (for example A1)", HelpName = "LEVEL" };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "text (coloured on a terminal, plain when piped or NO_COLOR is set), md (insertions bold, deletions struck through) or json (for other tools) [default: from the --output file's extension (.txt, .md, .json), else text]",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = CommonOptions.ReportOutputPath();
        var language = new Option<string?>("--language") { Description = "Language to compare in [default: the profile's first language]", HelpName = "LANG" };
        var noColor = new Option<bool>("--no-color") { Description = "Plain text without colours (also when NO_COLOR is set or the output is not a terminal)" };
        var profiles = CommonOptions.Profiles();
        var jobs = CommonOptions.Jobs();
        var templates = CommonOptions.Templates();

        ProfileCompletions.ForProfileOrJob(profile, "--from", "--to");
        ProfileCompletions.ForLevel(from);
        ProfileCompletions.ForLevel(to);
        var command = new Command("diff", "Show what changes from one level to another: criteria word by word, areas, tasks and definitions")
        {
            profile, from, to, format, output, language, noColor, profiles, jobs, templates,
        };
        command.SetAction(parse =>
        {
            var console = new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return Run(
                console,
                parse.GetValue(profile),
                parse.GetValue(from),
                parse.GetValue(to),
                DocumentOutput.ChooseReportFormat(parse.GetValue(format), parse.GetValue(output), FormatsByExtension, "text"),
                parse.GetValue(output),
                parse.GetValue(language),
                TerminalMode.ColorFits(console, parse.GetValue(noColor)) && DocumentOutput.IsStandardOutput(parse.GetValue(output)),
                parse.GetValue(profiles)!,
                CommonOptions.ResolveJobs(parse.GetValue(jobs), parse.GetValue(profiles)!),
                parse.GetValue(templates));
        });
        return command;
    }

    private static int Run(CliConsole console, string? profile, string? from, string? to, string format, string? output, string? language, bool color, string profiles, string jobs, string? templates)
    {
        if (from is null && to is null && profile is not null)
        {
            return Job(console, profile, format, output, language, color, profiles, jobs, templates);
        }

        if (from is null || to is null)
        {
            throw new UsageException($"give both --from and --to{(from is null && to is null ? ", or a job's id to compare it with its generic level" : string.Empty)}", "for example 'jobdescgen diff --from B --to A1', or 'jobdescgen diff JOB'");
        }

        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--from and --to are both {to}: there is nothing to compare", $"compare two different levels, for example --from {from} --to <another level>");
        }

        var run = LevelDataLoader.Load(ToolPipeline.Create(templates), profile, profiles, [from, to], language, new JobInstead(jobs, "diff", "--from and --to"));
        console.Report(run.Diagnostics);
        if (run.Status != PipelineStatus.Ok)
        {
            return PipelineExit.Code(run.Status);
        }

        // Resolved levels come in catalogue order; the user's --from decides the direction.
        var first = run.Resolved.Single(l => string.Equals(l.Level.Id, from, StringComparison.OrdinalIgnoreCase));
        var second = run.Resolved.Single(l => string.Equals(l.Level.Id, to, StringComparison.OrdinalIgnoreCase));
        return Write(console, LevelDiffer.Compare(first, second, run.Labels!), run.Labels!, format, output, color);
    }

    // A specific job against its generic level: what the job changes (purpose, optional areas, tasks).
    private static int Job(CliConsole console, string job, string format, string? output, string? language, bool color, string profiles, string jobs, string? templates)
    {
        var run = JobDataLoader.Load(ToolPipeline.Create(templates), new JobRequest(job, profiles, jobs, language));
        console.Report(run.Diagnostics);
        return run.Status != PipelineStatus.Ok
            ? PipelineExit.Code(run.Status)
            : Write(console, JobDiffer.Compare(run.Generic!, run.Job!, run.Labels!), run.Labels!, format, output, color);
    }

    private static int Write(CliConsole console, LevelDiff diff, JobDescGen.Rendering.LanguagePack labels, string format, string? output, bool color)
    {
        var text = format switch
        {
            "md" => DiffMarkdownWriter.Write(diff, labels),
            "json" => DiffJsonWriter.Write(diff),
            _ => DiffTextWriter.Write(diff, labels, color),
        };
        return DocumentOutput.WriteText(console, text, output);
    }
}
