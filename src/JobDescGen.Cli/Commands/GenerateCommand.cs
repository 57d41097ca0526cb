using System.CommandLine;
using JobDescGen.Building;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Generation;
using JobDescGen.Rendering;
using JobDescGen.Writing;

namespace JobDescGen.Cli.Commands;

/// <summary><c>jobdescgen generate [PROFILE] --level A1</c>: one job description for one level.</summary>
public static class GenerateCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen generate --level A1",
        "jobdescgen generate leidinggevende --level B --output out/",
        "jobdescgen generate profiles/leidinggevende --level A2 --output -",
        "jobdescgen generate --level C --templates my-templates",
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var profile = new Argument<string?>("PROFILE")
        {
            Description = "Profile id (folder name under --profiles) or path to a profile folder; optional when there is one profile",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var level = new Option<string>("--level", "-l") { Description = "Level to generate (for example C, B, A1, A2)", Required = true, HelpName = "LEVEL" };
        var format = new Option<string?>("--format", "-f") { Description = "Output format [default: the extension of --output when it names one, else md]" };
        format.Validators.Add(result =>
        {
            // Case-insensitive like build's --formats: "--format PDF" means pdf.
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && !DocumentWriters.FormatNames.Contains(value.ToLowerInvariant()))
            {
                result.AddError($"unknown format '{value}'; formats: {string.Join(", ", DocumentWriters.FormatNames)}");
            }
        });
        var output = new Option<string?>("--output", "-o")
        {
            Description = "File to write, a folder (ending in /) to write into, or - for stdout [default: out/<profile>-<level>.<format>]",
            HelpName = "PATH",
        };
        var language = new Option<string?>("--language") { Description = "Language to write in [default: the profile's first language]", HelpName = "LANG" };
        var profiles = CommonOptions.Profiles();
        var templates = CommonOptions.Templates();

        var command = new Command("generate", "Generate the job description of one profile for one level") { profile, level, format, output, language, profiles, templates };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            parse.GetValue(profile),
            parse.GetValue(level)!,
            ChooseFormat(Lower(parse.GetValue(format)), parse.GetValue(output)),
            parse.GetValue(output),
            parse.GetValue(language),
            parse.GetValue(profiles)!,
            parse.GetValue(templates)));
        return command;
    }

    private static int Run(CliConsole console, string? profileArgument, string level, DocumentFormat format, string? output, string? language, string profilesDirectory, string? templatesDirectory)
    {
        var templateFolder = CommonOptions.ResolveTemplates(templatesDirectory);
        var loaded = ProfileSelector.Select(profileArgument, profilesDirectory);
        console.Report(loaded.Diagnostics);
        if (loaded.Profile is null)
        {
            return ExitCodes.ContentError;
        }

        var profile = loaded.Profile;
        var variant = ProfileSelector.RequireLevel(profile, level);
        var lang = ProfileSelector.RequireLanguage(profile, language);

        var generator = new JobDescriptionGenerator(new TemplateSource(templateFolder), ToolEnvironment.FallbackDate());
        var generated = generator.Generate(profile, variant.LevelId, lang);
        console.Report(generated.Diagnostics);
        if (generated.Markdown is null)
        {
            return ExitCodes.ContentError;
        }

        var writer = DocumentWriters.For(format, templateFolder, console);
        if (writer is null)
        {
            return ExitCodes.ContentError;
        }

        var bytes = writer.Write(generated);
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
        var fileName = OutputNamePattern.Parse(OutputNamePattern.Default).Format(profile.Id, variant.LevelId, generated.Description.Language, writer.Extension, profile.Languages.Count > 1);
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

    // "--output x.pdf" without --format means a PDF: writing Markdown into x.pdf would be a trap.
    private static DocumentFormat ChooseFormat(string? format, string? output)
    {
        var extension = output is null || StandardOutput.IsMeantBy(output) ? string.Empty : Path.GetExtension(output).TrimStart('.').ToLowerInvariant();
        var fromExtension = DocumentWriters.FormatNames.Contains(extension) ? extension : null;
        if (format is not null && fromExtension is not null && fromExtension != format)
        {
            throw new UsageException($"--format {format} does not match the output file '{output}'", $"use --format {fromExtension}, or name the file .{format}");
        }

        return DocumentWriters.Parse(format ?? fromExtension ?? "md");
    }

    private static string? Lower(string? value) => value?.ToLowerInvariant();

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
