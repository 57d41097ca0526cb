using System.CommandLine;
using System.CommandLine.Help;
using JobDescGen.Cli.Commands;
using JobDescGen.Cli.Infrastructure;

namespace JobDescGen.Cli;

/// <summary>The command line: builds the command tree and runs it with the exit-code conventions of the tool.</summary>
public static class CliApp
{
    /// <summary>Runs the tool with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRootCommand();
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0 && parse.Action is not ExamplesHelpAction)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine($"  hint: run 'jobdescgen {string.Join(' ', CommandPath(parse))} --help' for usage");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (UsageException exception)
        {
            new CliConsole(output, error).Fail(exception.Message, exception.Hint);
            return ExitCodes.UsageError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            new CliConsole(output, error).Fail(exception.Message, "check that the paths exist and are readable and writable");
            return ExitCodes.ContentError;
        }
        catch (Exception exception)
        {
            // A bug: say so plainly instead of dumping a stack trace on an HR user.
            new CliConsole(output, error).Fail($"internal error ({exception.GetType().Name}): {exception.Message}", "this is a bug in jobdescgen; please report it with the command you ran");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The command tree.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("jobdescgen — job descriptions from YAML role profiles, rendered to Markdown for any level");
        var examples = new Dictionary<Command, string[]>
        {
            [root] = ["jobdescgen generate --level A1", "jobdescgen validate", "jobdescgen list", "jobdescgen init my-profiles"],
        };
        void Add(Command command, string[] commandExamples)
        {
            root.Subcommands.Add(command);
            examples[command] = commandExamples;
        }

        Add(GenerateCommand.Create(), GenerateCommand.Examples);
        Add(ValidateCommand.Create(), ValidateCommand.Examples);
        Add(ListCommand.Create(), ListCommand.Examples);
        Add(InitCommand.Create(), InitCommand.Examples);
        Add(BuildCommand.Create(), BuildCommand.Examples);

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, examples);
        return root;
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return names;
    }
}
