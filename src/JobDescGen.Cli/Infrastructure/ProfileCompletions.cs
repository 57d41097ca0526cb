using System.CommandLine;
using System.CommandLine.Completions;
using JobDescGen.Jobs.Loading;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>
/// Values for shell completion: profile ids and level ids, read from the folder names and level
/// file names under <c>--profiles</c>, and job ids, the file names under <c>--jobs</c> (by default
/// <c>jobs</c> beside the profiles folder). Completion runs on every Tab, so it reads no YAML and
/// never fails: a missing or unreadable folder completes nothing.
/// </summary>
public static class ProfileCompletions
{
    /// <summary>Adds profile-id completion to the PROFILE argument.</summary>
    public static void ForProfile(Argument<string?> profile)
    {
        // Named in the help: without a name the help lists what completion offers, every profile id.
        profile.HelpName = "PROFILE";
        profile.CompletionSources.Add(context => Items(ProfileIds(ProfilesFolder(context))));
    }

    /// <summary>
    /// Adds profile-id and job-id completion to the argument of a command that takes either: a job
    /// when none of <paramref name="levelOptions"/> is given (generate JOB), a profile when one is
    /// (generate PROFILE --level A1), so once a level option is typed only profiles are offered.
    /// </summary>
    public static void ForProfileOrJob(Argument<string?> argument, params string[] levelOptions)
    {
        // Named in the help: without a name the help lists every profile and job id (25 KB for 150 jobs).
        argument.HelpName = "PROFILE|JOB";
        argument.CompletionSources.Add(context =>
        {
            var profiles = ProfileIds(ProfilesFolder(context));
            return Items(levelOptions.Any(o => Value(context, o) is not null)
                ? profiles
                : profiles.Concat(JobIds(JobsFolder(context))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        });
    }

    /// <summary>Adds level completion (the levels of the chosen profile, or of every profile) to <paramref name="option"/>.</summary>
    public static void ForLevel(Option option) =>
        option.CompletionSources.Add(context => Items(Levels(ProfilesFolder(context), ChosenProfile(context))));

    /// <summary>The ids of the profiles in <paramref name="profilesFolder"/>: the folders that hold a profile.yaml.</summary>
    public static IEnumerable<string> ProfileIds(string profilesFolder) =>
        Safe(() => Directory.GetDirectories(profilesFolder)
            .Where(d => File.Exists(Path.Combine(d, "profile.yaml")))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal)
            .ToList());

    /// <summary>The ids of the jobs in <paramref name="jobsFolder"/>: its <c>*.yaml</c> and <c>*.yml</c> file names.</summary>
    public static IEnumerable<string> JobIds(string jobsFolder) =>
        Safe(() => JobFiles.Find(jobsFolder).Select(JobFiles.IdOf).ToList());

    /// <summary>The level ids of <paramref name="profile"/> (an id or a path), or of every profile when null.</summary>
    public static IEnumerable<string> Levels(string profilesFolder, string? profile)
    {
        var folders = profile is not null && Directory.Exists(profile) ? [profile]
            : profile is not null ? [Path.Combine(profilesFolder, profile)]
            : ProfileIds(profilesFolder).Select(id => Path.Combine(profilesFolder, id)).ToList();
        return Safe(() => folders
            .SelectMany(folder => Directory.Exists(Path.Combine(folder, "levels")) ? Directory.GetFiles(Path.Combine(folder, "levels"), "*.yaml") : [])
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList());
    }

    private static string ProfilesFolder(CompletionContext context) =>
        Value(context, "--profiles") ?? CommonOptions.DefaultProfilesDirectory;

    private static string JobsFolder(CompletionContext context) =>
        Value(context, "--jobs") ?? JobFiles.BesideProfiles(ProfilesFolder(context));

    private static string? ChosenProfile(CompletionContext context) => Value(context, "PROFILE");

    // The value the user typed so far for a symbol of the command being completed, if any.
    private static string? Value(CompletionContext context, string name)
    {
        var symbol = context.ParseResult.CommandResult.Command.Options.FirstOrDefault(o => o.Name == name) as Symbol
            ?? context.ParseResult.CommandResult.Command.Arguments.FirstOrDefault(a => a.Name == name);
        return symbol switch
        {
            Option<string> option => context.ParseResult.GetValue(option),
            Argument<string?> argument => context.ParseResult.GetValue(argument),
            _ => null,
        };
    }

    private static IEnumerable<CompletionItem> Items(IEnumerable<string> values) => values.Select(v => new CompletionItem(v));

    private static List<string> Safe(Func<List<string>> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return [];
        }
    }
}
