using System.CommandLine;
using JobDescGen.Building;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Jobs.Pipeline;
using JobDescGen.Jobs;
using JobDescGen.Pipeline;
using JobDescGen.Validation;

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
        var format = CommonOptions.DocumentFormat();
        var output = CommonOptions.DocumentOutputPath("out/<profile>-<level>.<format>");
        var language = new Option<string?>("--language") { Description = "Language to write in [default: the profile's first language]", HelpName = "LANG" };
        var profiles = CommonOptions.Profiles();
        var jobs = CommonOptions.Jobs();
        var templates = CommonOptions.Templates();

        ProfileCompletions.ForProfileOrJob(profile, "--level");
        ProfileCompletions.ForLevel(level);
        var command = new Command("generate", "Generate the job description of one profile for one level") { profile, level, format, output, language, profiles, jobs, templates };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(profile),
            parse.GetValue(level),
            DocumentOutput.ChooseFormat(parse.GetValue(format), parse.GetValue(output)),
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
            throw UsageException.NeitherLevelNorJob("generate");
        }

        // Fonts and the like are read on another core while the profile loads (a cold run's wait).
        pipeline.Prepare(format);

        // Without --level the argument names a specific job: it has its own level.
        var run = level is null
            ? pipeline.GenerateJob(new JobRequest(profileArgument!, profilesDirectory, jobsDirectory, language))
            : pipeline.Generate(new DocumentRequest(profileArgument, profilesDirectory, level, language, new JobInstead(jobsDirectory, "generate", "--level")));
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

        // The same default name the batch build gives, so 'generate' and 'build' agree on file names.
        var fileName = generated.Description.Job is { } job
            ? JobOutputName.Of(job.Id, generated.Description.Language, writer.Extension, profile.Languages.Count > 1)
            : OutputNamePattern.Parse(OutputNamePattern.Default).Format(profile.Id, generated.Description.Level.Id, generated.Description.Language, writer.Extension, profile.Languages.Count > 1);
        // As validate warns: a character no font of the PDF has prints as an empty box.
        var sources = run.Job is { } specific ? DocumentSources.OfJob(specific, profile) : DocumentSources.OfLevel(profile, generated.Description.Level.Id);
        console.Report(UncoveredCharacterCheck.CheckDocument(writer, generated.Required, sources));
        return DocumentOutput.WriteDocument(console, writer.Write(generated.Required), output, fileName);
    }
}
