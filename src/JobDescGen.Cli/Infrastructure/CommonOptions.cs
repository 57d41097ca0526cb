using System.CommandLine;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>Options shared by several commands, created fresh per command so each has its own help text.</summary>
public static class CommonOptions
{
    /// <summary>The default profiles folder, relative to the working directory.</summary>
    public const string DefaultProfilesDirectory = "profiles";

    /// <summary>The templates folder used when it exists and <c>--templates</c> is not given.</summary>
    public const string DefaultTemplatesDirectory = "templates";

    /// <summary><c>--profiles DIR</c>.</summary>
    public static Option<string> Profiles() => new("--profiles", "-p")
    {
        Description = "Folder of role profiles (one sub-folder per profile, levels.yaml beside them)",
        DefaultValueFactory = _ => DefaultProfilesDirectory,
        HelpName = "DIR",
    };

    /// <summary><c>--jobs DIR</c>: the folder of specific jobs, by default <c>jobs</c> beside the profiles folder.</summary>
    public static Option<string?> Jobs() => new("--jobs")
    {
        Description = "Folder of specific jobs (one <id>.yaml each) [default: 'jobs' beside the profiles folder]",
        HelpName = "DIR",
    };

    /// <summary>The jobs folder: the option's value, else <c>jobs</c> beside <paramref name="profilesDirectory"/>.</summary>
    public static string ResolveJobs(string? value, string profilesDirectory) =>
        value ?? JobDescGen.Jobs.Loading.JobFiles.BesideProfiles(profilesDirectory);

    /// <summary><c>--templates DIR</c>.</summary>
    public static Option<string?> Templates() => new("--templates", "-t")
    {
        Description = "Folder of your own templates and lang/*.yaml labels; missing ones fall back to the built-in ones [default: ./templates when it exists]",
        HelpName = "DIR",
    };

    /// <summary>Fails with a usage error when the profiles folder is missing.</summary>
    public static void RequireProfilesFolder(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new UsageException("--profiles is empty", "give the folder of role profiles, for example --profiles profiles");
        }

        // The same check, and words, as the pipeline's profile selection.
        if (JobDescGen.Pipeline.ProfileSelection.MissingFolder(directory) is { } missing)
        {
            throw new UsageException(missing.Message, missing.Hint);
        }
    }

    /// <summary>Fails with a usage error when <c>--out</c> is empty.</summary>
    public static void RequireOutputFolder(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new UsageException("--out is empty", "give the folder to build into, for example --out out");
        }
    }

    /// <summary>The templates folder to use: the option's value, else ./templates when present, else none.</summary>
    public static string? ResolveTemplates(string? value)
    {
        if (value is not null)
        {
            if (!Directory.Exists(value))
            {
                throw new UsageException($"the templates folder '{value}' does not exist", "check the path given to --templates");
            }

            return value;
        }

        return Directory.Exists(DefaultTemplatesDirectory) ? DefaultTemplatesDirectory : null;
    }
}
