using System.CommandLine;
using JobDescGen.Building;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Diffing;
using JobDescGen.Formats;
using JobDescGen.Overview;
using JobDescGen.Pipeline;
using JobDescGen.Rendering;
using JobDescGen.Writing;

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
        var format = new Option<string?>("--format", "-f")
        {
            Description = $"Output format: {ToolFormats.Described} [default: the extension of --output when it names one, else md]",
            HelpName = "FORMAT",
        };
        format.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && ToolFormats.Registry.Find(value) is null)
            {
                result.AddError($"unknown format '{value}'; formats: {ToolFormats.Registry.NameList}");
            }
        });
        var output = new Option<string?>("--output", "-o") { Description = "File to write, or - for stdout [default: out/<profile>-overview.<format>]", HelpName = "PATH" };
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
            Format(parse.GetValue(format), parse.GetValue(output)),
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

        var bytes = writer.Write(document);
        if (output == "-")
        {
            if (ReferenceEquals(console.Output, Console.Out))
            {
                Console.Out.Flush();
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(bytes);
            }
            else
            {
                console.Output.Write(System.Text.Encoding.UTF8.GetString(bytes));
            }

            return ExitCodes.Success;
        }

        var name = OutputNamePattern.Parse(OutputNamePattern.Default).Format(run.Profile!.Id, OutputNamePattern.OverviewLevel, run.Labels!.Language, writer.Extension, run.Profile.Languages.Count > 1);
        var path = output is null ? Path.Combine("out", name)
            : output.EndsWith('/') || Directory.Exists(output) ? Path.Combine(output, name)
            : output;
        try
        {
            AtomicFileWriter.Write(path, bytes);
        }
        catch (IOException exception)
        {
            console.Fail(exception.Message, "check that the folder is writable and the disk has room, or choose another --output");
            return ExitCodes.ContentError;
        }

        console.Output.WriteLine(path);
        return ExitCodes.Success;
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

    private static IOutputFormat Format(string? format, string? output)
    {
        var registry = ToolFormats.Registry;
        var named = format is null ? null : registry.Find(format);
        var file = output is null or "-" || output.EndsWith('/') || Directory.Exists(output) ? null : output;
        var fromExtension = file is null ? null : registry.ForPath(file);
        if (named is not null && fromExtension is not null && fromExtension != named)
        {
            throw new UsageException($"--format {named.Name} does not match the output file '{output}'", $"use --format {fromExtension.Name}, or name the file .{named.Extension}");
        }

        if (named is null && fromExtension is null && file is not null && Path.GetExtension(file).Length > 0)
        {
            throw new UsageException($"'{Path.GetExtension(file)}' is not an output format ('{output}')", $"formats: {registry.NameList}");
        }

        return named ?? fromExtension ?? registry.Find("md")!;
    }
}
