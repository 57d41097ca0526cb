using System.CommandLine;
using JobDescGen.Building;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Jobs;
using JobDescGen.Jobs.Pipeline;
using JobDescGen.Pipeline;
using JobDescGen.Writing;

namespace JobDescGen.Cli.Commands;

/// <summary><c>jobdescgen generate [PROFILE] --level A1</c>: one job description for one level; <c>jobdescgen generate JOB</c>: one specific job.</summary>
public static class GenerateCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen generate --level A1",
        "jobdescgen generate leidinggevende --level B --output out/",
        "jobdescgen generate profiles/leidinggevende --level A2 --output -",
        "jobdescgen generate --level C --templates my-templates",
        "jobdescgen generate teamleider-personeelsadministratie --format pdf",
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var profile = new Argument<string?>("PROFILE")
        {
            Description = "Profile id (folder name under --profiles) or path to a profile folder; optional when there is one profile. Without --level: a specific job's id (file name under --jobs) or path",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var level = new Option<string?>("--level", "-l") { Description = "Level to generate (for example C, B, A1, A2); leave it out for a specific job, which has its own", HelpName = "LEVEL" };
        var format = new Option<string?>("--format", "-f")
        {
            Description = $"Output format: {ToolFormats.Described} [default: the extension of --output when it names one, else md]",
            HelpName = "FORMAT",
        };
        format.Validators.Add(result =>
        {
            // Case-insensitive like build's --formats: "--format PDF" means pdf.
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && ToolFormats.Registry.Find(value) is null)
            {
                result.AddError($"unknown format '{value}'; formats: {ToolFormats.Registry.NameList}");
            }
        });
        format.CompletionSources.Add(_ => ToolFormats.Registry.Names.Select(n => new System.CommandLine.Completions.CompletionItem(n)));
        var output = new Option<string?>("--output", "-o")
        {
            Description = "File to write, a folder (ending in /) to write into, or - for stdout [default: out/<profile>-<level>.<format>]",
            HelpName = "PATH",
        };
        var language = new Option<string?>("--language") { Description = "Language to write in [default: the profile's first language]", HelpName = "LANG" };
        var profiles = CommonOptions.Profiles();
        var jobs = CommonOptions.Jobs();
        var templates = CommonOptions.Templates();

        ProfileCompletions.ForProfile(profile);
        ProfileCompletions.ForLevel(level);
        var command = new Command("generate", "Generate the job description of one profile for one level") { profile, level, format, output, language, profiles, jobs, templates };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(profile),
            parse.GetValue(level),
            ChooseFormat(parse.GetValue(format), parse.GetValue(output)),
            parse.GetValue(output),
            parse.GetValue(language),
            parse.GetValue(profiles)!,
            CommonOptions.ResolveJobs(parse.GetValue(jobs), parse.GetValue(profiles)!),
            parse.GetValue(templates)));
        return command;
    }

    private static int Run(CliConsole console, string? profileArgument, string? level, IOutputFormat format, string? output, string? language, string profilesDirectory, string jobsDirectory, string? templatesDirectory)
    {
        var pipeline = ToolPipeline.Create(templatesDirectory);
        if (level is null && profileArgument is null)
        {
            throw new UsageException("give --level LEVEL for a profile's level, or a job's id for a specific job", "for example 'jobdescgen generate --level A1', or 'jobdescgen generate JOB' (see 'jobdescgen list')");
        }

        // Without --level the argument names a specific job: it has its own level.
        var run = level is null
            ? pipeline.GenerateJob(new JobRequest(profileArgument!, profilesDirectory, jobsDirectory, language))
            : pipeline.Generate(new DocumentRequest(profileArgument, profilesDirectory, level, language));
        console.Report(run.Diagnostics);
        if (run.Status != PipelineStatus.Ok)
        {
            return PipelineExit.Code(run.Status);
        }

        var writerDiagnostics = new DiagnosticBag();
        var writer = pipeline.CreateWriter(format, writerDiagnostics);
        console.Report(writerDiagnostics.Sorted());
        if (writer is null)
        {
            return ExitCodes.ContentError;
        }

        var profile = run.Profile!;
        var generated = run.Generated!;
        var bytes = writer.Write(generated.Required);
        if (StandardOutput.IsMeantBy(output))
        {
            if (ReferenceEquals(console.Output, Console.Out))
            {
                // Raw bytes, so a PDF piped to another program arrives intact.
                Console.Out.Flush();
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(bytes);
            }
            else
            {
                // Tests capture output in a TextWriter; Markdown is text, so this is faithful there.
                console.Output.Write(System.Text.Encoding.UTF8.GetString(bytes));
            }

            return ExitCodes.Success;
        }

        // The same default name the batch build gives, so 'generate' and 'build' agree on file names.
        var fileName = generated.Description.Job is { } job
            ? JobOutputName.Of(job.Id, generated.Description.Language, writer.Extension, profile.Languages.Count > 1)
            : OutputNamePattern.Parse(OutputNamePattern.Default).Format(profile.Id, generated.Description.Level.Id, generated.Description.Language, writer.Extension, profile.Languages.Count > 1);
        var path = OutputPath(output, fileName);
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

    // "--output x.pdf" without --format means a PDF: writing Markdown into x.pdf would be a trap, and
    // so would writing anything into x.docx before the tool has that format.
    private static IOutputFormat ChooseFormat(string? format, string? output)
    {
        var registry = ToolFormats.Registry;
        var named = format is null ? null : registry.Find(format);
        var file = output is null || StandardOutput.IsMeantBy(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(output) ? null : output;
        var extension = file is null ? string.Empty : Path.GetExtension(file).TrimStart('.');
        var fromExtension = file is null ? null : registry.ForPath(file);
        if (named is not null && fromExtension is not null && fromExtension != named)
        {
            throw new UsageException($"--format {named.Name} does not match the output file '{output}'", $"use --format {fromExtension.Name}, or name the file .{named.Extension}");
        }

        if (named is null && fromExtension is null && extension.Length > 0)
        {
            throw new UsageException($"'.{extension}' is not an output format ('{output}')", $"formats: {registry.NameList}; name the file with one of their extensions, or give --format");
        }

        return named ?? fromExtension ?? registry.Find("md")!;
    }

    private static string OutputPath(string? output, string fileName)
    {
        if (output is null)
        {
            return Path.Combine("out", fileName);
        }

        if (string.IsNullOrWhiteSpace(output))
        {
            throw new UsageException("--output is empty", "give a file, a folder ending in '/', or '-' for stdout");
        }

        var isFolder = output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(output);
        return isFolder ? Path.Combine(output, fileName) : output;
    }
}
