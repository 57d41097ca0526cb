using System.CommandLine;
using System.CommandLine.Help;
using JobDescGen.Cli.Commands;
using JobDescGen.Cli.Infrastructure;

namespace JobDescGen.Cli;

/// <summary>The command line: builds the command tree and runs it with the exit-code conventions of the tool.</summary>
public static class CliApp
{
    /// <summary>Runs the tool with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where diagnostics and errors go.</param>
    /// <param name="isProcessConsole">True when the writers are the process's own stdout and stderr (the entry point), so a command may look at the terminal behind them; false for captured output.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool isProcessConsole = false)
    {
        var root = BuildRootCommand(isProcessConsole);
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args); // a bare 'jobdescgen' shows the help
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var unknownOptions = UnknownOptions(parse).ToList();
        if ((parse.Errors.Count > 0 || unknownOptions.Count > 0) && parse.Action is not ExamplesHelpAction)
        {
            // The messages quote what was typed: an escape sequence in an argument is shown, not run by the terminal.
            static string Shown(string text) => JobDescGen.Diagnostics.ControlCharacters.Neutralise(text);
            foreach (var token in unknownOptions)
            {
                error.WriteLine($"error: unknown option '{Shown(token)}'");
            }

            var errors = parse.Errors.Where(e => !unknownOptions.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))).ToList();
            if (errors.Count + unknownOptions.Count > 1)
            {
                // "jobdescgen --bogus": the unknown word is the mistake; that no command followed is its consequence.
                errors.RemoveAll(e => e.Message == "Required command was not provided.");
            }

            foreach (var parseError in errors)
            {
                error.WriteLine($"error: {Shown(parseError.Message)}");
            }

            foreach (var suggestion in TypoSuggestions(parse))
            {
                error.WriteLine($"  hint: {Shown(suggestion)}");
            }

            error.WriteLine($"  hint: run '{string.Join(' ', CommandPath(parse).Prepend("jobdescgen"))} --help' for usage");
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
        catch (JobDescGen.Writing.DocumentWriteException exception)
        {
            new CliConsole(output, error).Report([exception.Diagnostic]);
            return ExitCodes.ContentError;
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

    /// <summary>The command tree; <paramref name="isProcessConsole"/> as for <see cref="Run"/>.</summary>
    public static RootCommand BuildRootCommand(bool isProcessConsole = false)
    {
        var root = new RootCommand("jobdescgen — job descriptions from YAML role profiles: Markdown, PDF, Word and HTML for any level or specific job, a terminal preview, and a batch build for CI");
        var examples = new Dictionary<Command, string[]>
        {
            [root] = ["jobdescgen generate --level A1", "jobdescgen generate --level A1 --format pdf", "jobdescgen validate", "jobdescgen list", "jobdescgen init my-profiles", "jobdescgen preview --level A1 --watch", "jobdescgen build --out site/job-descriptions"],
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
        Add(PreviewCommand.Create(isProcessConsole), PreviewCommand.Examples);
        Add(BuildCommand.Create(), BuildCommand.Examples);
        Add(DiffCommand.Create(), DiffCommand.Examples);
        Add(ExplainCommand.Create(), ExplainCommand.Examples);
        Add(OverviewCommand.Create(), OverviewCommand.Examples);
        Add(CompletionCommand.Create(), CompletionCommand.Examples);
        var newCommand = NewJobCommand.Create();
        Add(newCommand, NewJobCommand.Examples);
        examples[newCommand.Subcommands[0]] = NewJobCommand.Examples;

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, examples);
        root.Options.OfType<VersionOption>().Single().Action = new ToolVersionAction();
        return root;
    }

    // "--lvel A1" parses as a value for an argument (PROFILE, PATHS); a value that looks like an
    // option but is none is almost always a typo, so it is treated as one.
    private static IEnumerable<string> UnknownOptions(ParseResult parse) =>
        parse.Tokens
            .Where(t => t.Type == System.CommandLine.Parsing.TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal) && t.Value.Length > 2)
            .Select(t => t.Value)
            .Concat(parse.UnmatchedTokens.Where(t => t.StartsWith('-') && t.Length > 1))
            .Distinct();

    // Point at the option or command the user most likely meant.
    private static IEnumerable<string> TypoSuggestions(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Concat(command.Subcommands.Select(c => c.Name))
            .Where(n => !n.StartsWith("-?", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        foreach (var token in parse.UnmatchedTokens.Concat(UnknownOptions(parse)).Distinct())
        {
            var nearest = JobDescGen.Loading.KeyMatcher.Nearest(token, names);
            if (nearest is not null)
            {
                yield return $"'{token}' is not known; did you mean '{nearest}'?";
            }
        }
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
