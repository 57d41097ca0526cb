using System.CommandLine;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Loading;

namespace JobDescGen.Cli.Commands;

/// <summary><c>jobdescgen list</c>: the profiles in the profiles folder and their levels.</summary>
public static class ListCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples = ["jobdescgen list", "jobdescgen list --profiles ../hr/profiles"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var profiles = CommonOptions.Profiles();
        var json = new Option<bool>("--json") { Description = "Print the list as JSON (schemaVersion, profiles with id, folder, valid, title, levels, languages, errors)" };
        var command = new Command("list", "List the profiles and their levels") { profiles, json };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(profiles)!,
            parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string profilesDirectory, bool json)
    {
        CommonOptions.RequireProfilesFolder(profilesDirectory);

        var results = ProfileSetLoader.LoadAll(profilesDirectory);
        if (json)
        {
            console.Output.Write(JsonOutput.Object(report => WriteProfiles(report, results)));
            return results.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.ContentError;
        }

        if (results.Count == 0)
        {
            console.Output.WriteLine($"no profiles in {profilesDirectory}");
            return ExitCodes.Success;
        }

        var rows = results.Select(result => result.Profile is { } profile
            ? (Id: profile.Id, Title: profile.Title.Get(profile.DefaultLanguage)!, Levels: string.Join(", ", profile.Levels.Select(l => l.LevelId)), Languages: string.Join(", ", profile.Languages))
            : (Id: Path.GetFileName(result.Directory)!, Title: $"(invalid: {Wording.Count(result.Diagnostics.ErrorCount(), "error")}; run 'jobdescgen validate')", Levels: "-", Languages: "-")).ToList();

        var header = (Id: "PROFILE", Title: "TITLE", Levels: "LEVELS", Languages: "LANGUAGES");
        var idWidth = rows.Append(header).Max(r => r.Id.Length);
        var titleWidth = rows.Append(header).Max(r => r.Title.Length);
        var levelWidth = rows.Append(header).Max(r => r.Levels.Length);
        foreach (var row in rows.Prepend(header))
        {
            console.Output.WriteLine(ControlCharacters.Neutralise($"{row.Id.PadRight(idWidth)}  {row.Title.PadRight(titleWidth)}  {row.Levels.PadRight(levelWidth)}  {row.Languages}".TrimEnd()));
        }

        return results.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.ContentError;
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
