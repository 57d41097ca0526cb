using System.CommandLine;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Loading;
using JobDescGen.Loading;

namespace JobDescGen.Cli.Commands;

/// <summary><c>jobdescgen list</c>: the profiles in the profiles folder and their levels, then the specific jobs with their profile and level.</summary>
public static class ListCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples = ["jobdescgen list", "jobdescgen list --profiles ../hr/profiles"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var profiles = CommonOptions.Profiles();
        var jobs = CommonOptions.Jobs();
        var json = new Option<bool>("--json") { Description = "Print the list as JSON (schemaVersion, profiles with id, folder, valid, title, levels, languages, errors; jobs with id, file, valid, title, profile, level, errors)" };
        var command = new Command("list", "List the profiles and their levels, and the specific jobs with their profile and level") { profiles, jobs, json };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(profiles)!,
            CommonOptions.ResolveJobs(parse.GetValue(jobs), parse.GetValue(profiles)!),
            parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string profilesDirectory, string jobsDirectory, bool json)
    {
        CommonOptions.RequireProfilesFolder(profilesDirectory);

        var results = ProfileSetLoader.LoadAll(profilesDirectory);
        var jobCache = new JobProfileCache(profilesDirectory);
        var jobs = JobFiles.Find(jobsDirectory).Select(file => JobLoader.Load(file, profilesDirectory, jobCache)).ToList();
        var exit = results.All(r => r.Succeeded) && jobs.All(j => j.Succeeded) ? ExitCodes.Success : ExitCodes.ContentError;
        if (json)
        {
            console.Output.Write(JsonOutput.Object(report =>
            {
                WriteProfiles(report, results);
                if (jobs.Count > 0)
                {
                    WriteJobs(report, jobs);
                }
            }));
            return exit;
        }

        if (results.Count == 0)
        {
            console.Output.WriteLine($"no profiles in {profilesDirectory}");
            return ExitCodes.Success;
        }

        // Titles are neutralised before the columns are measured: a bidi control shown as <U+202E> is wider.
        var rows = results.Select(result => result.Profile is { } profile
            ? (Id: profile.Id, Title: ControlCharacters.Neutralise(profile.Title.Get(profile.DefaultLanguage)!), Levels: string.Join(", ", profile.Levels.Select(l => l.LevelId)), Languages: string.Join(", ", profile.Languages))
            : (Id: Path.GetFileName(result.Directory)!, Title: $"(invalid: {Wording.Count(result.Diagnostics.ErrorCount(), "error")}; run 'jobdescgen validate')", Levels: "-", Languages: "-")).ToList();

        var header = (Id: "PROFILE", Title: "TITLE", Levels: "LEVELS", Languages: "LANGUAGES");
        var idWidth = rows.Append(header).Max(r => r.Id.Length);
        var titleWidth = rows.Append(header).Max(r => r.Title.Length);
        var levelWidth = rows.Append(header).Max(r => r.Levels.Length);
        foreach (var row in rows.Prepend(header))
        {
            console.Output.WriteLine(ControlCharacters.Neutralise($"{row.Id.PadRight(idWidth)}  {row.Title.PadRight(titleWidth)}  {row.Levels.PadRight(levelWidth)}  {row.Languages}".TrimEnd()));
        }

        if (jobs.Count > 0)
        {
            console.Output.WriteLine();
            WriteJobTable(console, jobs);
        }

        return exit;
    }

    private static void WriteJobTable(CliConsole console, IReadOnlyList<JobLoadResult> jobs)
    {
        var rows = jobs.Select(result => result is { Job: { } job, Succeeded: true }
            ? (Id: result.Id, Title: ControlCharacters.Neutralise(job.Identification.Title.Get(result.Profile!.DefaultLanguage)!), Profile: job.Extends.Id, Level: job.Level.Id)
            : (Id: result.Id, Title: $"(invalid: {Wording.Count(result.Diagnostics.ErrorCount(), "error")}; run 'jobdescgen validate')", Profile: "-", Level: "-")).ToList();
        var header = (Id: "JOB", Title: "TITLE", Profile: "PROFILE", Level: "LEVEL");
        var idWidth = rows.Append(header).Max(r => r.Id.Length);
        var titleWidth = rows.Append(header).Max(r => r.Title.Length);
        var profileWidth = rows.Append(header).Max(r => r.Profile.Length);
        foreach (var row in rows.Prepend(header))
        {
            console.Output.WriteLine(ControlCharacters.Neutralise($"{row.Id.PadRight(idWidth)}  {row.Title.PadRight(titleWidth)}  {row.Profile.PadRight(profileWidth)}  {row.Level}".TrimEnd()));
        }
    }

    private static void WriteJobs(System.Text.Json.Utf8JsonWriter report, IReadOnlyList<JobLoadResult> jobs)
    {
        report.WriteStartArray("jobs");
        foreach (var result in jobs)
        {
            var job = result.Succeeded ? result.Job : null;
            report.WriteStartObject();
            report.WriteString("id", result.Id);
            report.WriteString("file", result.File.Replace('\\', '/'));
            report.WriteBoolean("valid", job is not null);
            report.WriteString("title", job?.Identification.Title.Get(result.Profile!.DefaultLanguage));
            report.WriteString("profile", job?.Extends.Id);
            report.WriteString("level", job?.Level.Id);
            report.WriteNumber("errors", result.Diagnostics.ErrorCount());
            report.WriteEndObject();
        }

        report.WriteEndArray();
    }

    private static void WriteProfiles(System.Text.Json.Utf8JsonWriter report, IReadOnlyList<ProfileLoadResult> results)
    {
        report.WriteStartArray("profiles");
        foreach (var result in results)
        {
            var profile = result.Profile;
            report.WriteStartObject();
            report.WriteString("id", profile?.Id ?? Path.GetFileName(result.Directory));
            report.WriteString("folder", result.Directory.Replace('\\', '/'));
            report.WriteBoolean("valid", profile is not null);
            report.WriteString("title", profile?.Title.Get(profile.DefaultLanguage));
            report.WriteStartArray("levels");
            foreach (var level in profile?.Levels ?? [])
            {
                report.WriteStringValue(level.LevelId);
            }

            report.WriteEndArray();
            report.WriteStartArray("languages");
            foreach (var language in profile?.Languages ?? [])
            {
                report.WriteStringValue(language);
            }

            report.WriteEndArray();
            report.WriteNumber("errors", result.Diagnostics.ErrorCount());
            report.WriteEndObject();
        }

        report.WriteEndArray();
    }
}
