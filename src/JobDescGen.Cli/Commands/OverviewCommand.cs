using System.CommandLine;
using JobDescGen.Building;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Diffing;
using JobDescGen.Formats;
using JobDescGen.Overview;
using JobDescGen.Pipeline;
using JobDescGen.Rendering;
using JobDescGen.Validation;

namespace JobDescGen.Cli.Commands;

/// <summary><c>jobdescgen overview [PROFILE]</c>: every level of a profile in one document, the criteria as a matrix.</summary>
public static class OverviewCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen overview",
        "jobdescgen overview leidinggevende --format pdf",
        "jobdescgen overview --levels A1,A2 --output -",
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var profile = new Argument<string?>("PROFILE")
        {
            Description = "Profile id (folder name under --profiles) or path to a profile folder; optional when there is one profile",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = CommonOptions.DocumentFormat();
        var output = CommonOptions.DocumentOutputPath("out/<profile>-overview.<format>");
        var language = new Option<string?>("--language") { Description = "Language to write in [default: the profile's first language]", HelpName = "LANG" };
        var levels = new Option<string?>("--levels") { Description = "The levels to show, comma-separated (for example A1,A2) [default: all of the profile's]", HelpName = "LEVELS" };
        var profiles = CommonOptions.Profiles();
        var templates = CommonOptions.Templates();

        ProfileCompletions.ForProfile(profile);
        var command = new Command("overview", "Write every level of a profile in one document: the common text once, the criteria as a matrix of levels")
        {
            profile, format, output, language, levels, profiles, templates,
        };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(profile),
            DocumentOutput.ChooseFormat(parse.GetValue(format), parse.GetValue(output)),
            parse.GetValue(output),
            parse.GetValue(language),
            Levels(parse.GetValue(levels)),
            parse.GetValue(profiles)!,
            parse.GetValue(templates)));
        return command;
    }

    private static int Run(CliConsole console, string? profile, IOutputFormat format, string? output, string? language, IReadOnlyList<string>? levels, string profiles, string? templates)
    {
        var pipeline = ToolPipeline.Create(templates);
        var run = LevelDataLoader.Load(pipeline, profile, profiles, levels, language);
        console.Report(run.Diagnostics);
        if (run.Status != PipelineStatus.Ok)
        {
            return PipelineExit.Code(run.Status);
        }

        var (document, diagnostics) = new OverviewGenerator(new TemplateSource(pipeline.Settings.TemplatesDirectory)).Generate(run.Resolved, run.Labels!);
        console.Report(diagnostics);
        if (document is null)
        {
            return ExitCodes.ContentError;
        }

        var bag = new DiagnosticBag();
        var writer = pipeline.CreateWriter(format, bag);
        console.Report(bag.Sorted());
        if (writer is null)
        {
            return ExitCodes.ContentError;
        }

        var name = OutputNamePattern.Parse(OutputNamePattern.Default).Format(run.Profile!.Id, OutputNamePattern.OverviewLevel, run.Labels!.Language, writer.Extension, run.Profile.Languages.Count > 1);
        console.Report(UncoveredCharacterCheck.CheckDocument(writer, document, DocumentSources.OfOverview(run.Profile)));
        return DocumentOutput.WriteDocument(console, writer.Write(document), output, name);
    }

    private static IReadOnlyList<string>? Levels(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var levels = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return levels.Length == 0 ? throw new UsageException("--levels is empty", "name levels separated by commas, for example --levels A1,A2") : levels;
    }
}
