using System.CommandLine;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Jobs;
using JobDescGen.Jobs.Loading;
using JobDescGen.Model;
using JobDescGen.Pipeline;
using JobDescGen.Writing;

namespace JobDescGen.Cli.Commands;

/// <summary>
/// <c>jobdescgen new job ID --from PROFILE --level A1</c>: writes a valid job file on a generic
/// profile, with the rubrics as commented placeholders. Never overwrites a file unless asked to.
/// </summary>
public static class NewJobCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen new job teamleider-onthaal --from leidinggevende --level A1",
        "jobdescgen new job teamleider-logistiek --from leidinggevende --level B --jobs my-jobs",
    ];

    /// <summary>Builds <c>new</c> with its <c>job</c> subcommand.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The job's id: its file name (letters, digits, '-' and '_')" };
        var from = new Option<string>("--from") { Description = "The generic profile the job extends (its id)", Required = true, HelpName = "PROFILE" };
        var level = new Option<string>("--level", "-l") { Description = "The profile's level the job is at", Required = true, HelpName = "LEVEL" };
        var force = new Option<bool>("--force") { Description = "Overwrite the job file if it exists" };
        var profiles = CommonOptions.Profiles();
        var jobs = CommonOptions.Jobs();
        ProfileCompletions.ForLevel(level);
        var job = new Command("job", "Write a new specific job file on a generic profile and level, with the twelve rubrics as placeholders") { id, from, level, force, profiles, jobs };
        job.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(id)!,
            parse.GetValue(from)!,
            parse.GetValue(level)!,
            parse.GetValue(force),
            parse.GetValue(profiles)!,
            CommonOptions.ResolveJobs(parse.GetValue(jobs), parse.GetValue(profiles)!)));
        return new Command("new", "Write a new file from a starting point") { job };
    }

    private static int Run(CliConsole console, string id, string profileId, string level, bool force, string profilesDirectory, string jobsDirectory)
    {
        if (!JobDescGen.Loading.YamlFieldReader.IsValidId(id))
        {
            throw new UsageException($"'{id}' is not a valid job id", "use letters, digits, '-' and '_' only, starting with a letter or digit: it becomes the file name");
        }

        CommonOptions.RequireProfilesFolder(profilesDirectory);
        var bag = new DiagnosticBag();
        var profile = new JobProfileCache(profilesDirectory).Find(new LocatedId(profileId, SourceLocation.FileOnly(profilesDirectory)), bag);
        if (profile is null)
        {
            console.Report(bag);
            return bag.Any(d => d.Message.StartsWith("unknown profile", StringComparison.Ordinal)) ? ExitCodes.UsageError : ExitCodes.ContentError;
        }

        if (profile.FindLevel(level) is not { } variant)
        {
            console.Report([LevelSelection.MissingLevel(profile, level)]);
            return ExitCodes.UsageError;
        }

        var file = Path.Combine(jobsDirectory, id + ".yaml");
        if (File.Exists(file) && !force)
        {
            console.Fail($"'{file}' already exists", "choose another id, or add --force to overwrite it");
            return ExitCodes.ContentError;
        }

        var schema = Path.GetRelativePath(jobsDirectory, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(jobsDirectory))!, "schemas", "job.schema.json")).Replace('\\', '/');
        AtomicFileWriter.Write(file, System.Text.Encoding.UTF8.GetBytes(JobScaffold.For(id, profile, variant.LevelId, schema)));
        console.Output.WriteLine(file);
        console.Error.WriteLine($"next: fill in the rubrics, then 'jobdescgen generate {id}'");
        return ExitCodes.Success;
    }
}
