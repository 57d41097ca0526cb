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

    /// <summary>
    /// The jobs folder: the option's value, else <c>jobs</c> beside <paramref name="profilesDirectory"/>.
    /// The default may be missing (a project without jobs); a folder the user named must exist,
    /// or a typo would quietly mean "no jobs" (a build that leaves every job out, and passes).
    /// </summary>
    public static string ResolveJobs(string? value, string profilesDirectory)
    {
        if (value is null)
        {
            return JobDescGen.Jobs.Loading.JobFiles.BesideProfiles(profilesDirectory);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new UsageException("--jobs is empty", "give the folder of specific jobs, or leave --jobs out for 'jobs' beside the profiles folder");
        }

        return Directory.Exists(value)
            ? value
            : throw new UsageException($"the jobs folder '{value}' does not exist", "check the path given to --jobs, or leave it out for 'jobs' beside the profiles folder");
    }

    /// <summary><c>--format FORMAT</c> of a document: one of the registered formats, in any case.</summary>
    public static Option<string?> DocumentFormat()
    {
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
        return format;
    }

    /// <summary><c>--output PATH</c> of a document, written by <see cref="Infrastructure.DocumentOutput"/>; <paramref name="defaultPath"/> names the default in the help.</summary>
    public static Option<string?> DocumentOutputPath(string defaultPath) => new("--output", "-o")
    {
        Description = $"File to write, a folder (ending in /) to write into, or - (or /dev/stdout) for stdout, /dev/stderr for stderr [default: {defaultPath}]",
        HelpName = "PATH",
    };

    /// <summary><c>--output PATH</c> of a text report, written by <see cref="Infrastructure.DocumentOutput"/>.</summary>
    public static Option<string?> ReportOutputPath() => new("--output", "-o")
    {
        Description = "File to write [default: stdout]",
        HelpName = "PATH",
    };

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

        if (File.Exists(directory))
        {
            throw new UsageException($"'{directory}' is a file; --out takes the folder to build into", "give a folder (it is made when it does not exist)");
        }
    }

    /// <summary>The templates folder to use: the option's value, else ./templates when present, else none.</summary>
    public static string? ResolveTemplates(string? value)
    {
        if (value is not null)
        {
            if (File.Exists(value))
            {
                throw new UsageException($"'{value}' is a file; --templates takes the folder that holds the templates", "give the folder, for example --templates templates");
            }

            if (!Directory.Exists(value))
            {
                throw new UsageException($"the templates folder '{value}' does not exist", "check the path given to --templates");
            }

            return Readable(value);
        }

        return Directory.Exists(DefaultTemplatesDirectory) ? Readable(DefaultTemplatesDirectory) : null;
    }

    // A folder that cannot be listed would look empty: every template, the theme and the labels
    // would silently be the built-in ones.
    private static string Readable(string folder) =>
        Loading.Files.FolderEntries.Unreadable(folder) is { } reason
            ? throw new UsageException($"cannot read the templates folder '{folder}': {reason}", "make it readable for you (for example 'chmod u+rx'), or give another --templates")
            : folder;
}
