using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Jobs.Pipeline;
using JobDescGen.Pipeline;
using JobDescGen.Terminal.Output;
using JobDescGen.Terminal.Preview;
using JobDescGen.Terminal.Theming;
using JobDescGen.Terminal.Watching;

namespace JobDescGen.Cli.Commands;

/// <summary><c>jobdescgen preview [PROFILE] --level A1</c>: the job description in the terminal, optionally live while editing.</summary>
public static class PreviewCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen preview --level A1",
        "jobdescgen preview --level A1 --watch",
        "jobdescgen preview --level B --compare A1",
        "jobdescgen preview leidinggevende --level C --width 60 --no-color | less",
        "jobdescgen preview teamleider-personeelsadministratie",
    ];

    /// <summary>How long the files must be quiet after a change before <c>--watch</c> renders again.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);

    /// <summary>Builds the command; <paramref name="isProcessConsole"/> says the output is the process's stdout (its terminal, width and pager count), not a captured writer.</summary>
    public static Command Create(bool isProcessConsole = false)
    {
        var profile = new Argument<string?>("PROFILE")
        {
            Description = "Profile id (folder name under --profiles) or path to a profile folder; optional when there is one profile. Without --level: a specific job's id or path",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var level = new Option<string?>("--level", "-l") { Description = "Level to show (for example C, B, A1, A2); leave it out for a specific job", HelpName = "LEVEL" };
        var compare = new Option<string?>("--compare", "-c") { Description = "A second level to show beside the first, with the criteria that differ highlighted", HelpName = "LEVEL" };
        var width = new Option<int?>("--width", "-w")
        {
            Description = $"Columns to wrap to, {OutputPlan.MinimumWidth} to {OutputPlan.MaximumWidth} [default: the terminal's width, else $COLUMNS, else {OutputPlan.DefaultWidth}]",
            HelpName = "N",
            // Parsed here rather than checked in a validator: a validator reading a value that did
            // not parse ("abc", "", "2.5") throws, and the default message names System.Nullable`1.
            CustomParser = ParseWidth,
        };
        var watch = new Option<bool>("--watch") { Description = "Render again whenever the profile, a level file, a template, a label file or the theme changes; Ctrl+C stops" };
        var noColor = new Option<bool>("--no-color") { Description = "Plain text without colours (also when NO_COLOR is set or the output is not a terminal)" };
        var pager = new Option<bool>("--pager") { Description = "Page through $PAGER or 'less -R' (automatic on a terminal when the document is taller than the screen)" };
        var language = new Option<string?>("--language") { Description = "Language to show [default: the profile's first language]", HelpName = "LANG" };
        var profiles = CommonOptions.Profiles();
        var jobs = CommonOptions.Jobs();
        var templates = CommonOptions.Templates();

        ProfileCompletions.ForProfileOrJob(profile, "--level", "--compare");
        ProfileCompletions.ForLevel(level);
        ProfileCompletions.ForLevel(compare);
        var command = new Command("preview", "Show the job description of one level in the terminal, optionally live while you edit")
        {
            profile, level, compare, width, watch, noColor, pager, language, profiles, jobs, templates,
        };
        command.SetAction(parse => Run(
            new CliConsole(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error),
            isProcessConsole,
            new PreviewArguments(
                parse.GetValue(profile),
                parse.GetValue(level),
                parse.GetValue(compare),
                parse.GetValue(width),
                parse.GetValue(watch),
                parse.GetValue(noColor),
                parse.GetValue(pager),
                parse.GetValue(language),
                parse.GetValue(profiles)!,
                CommonOptions.ResolveJobs(parse.GetValue(jobs), parse.GetValue(profiles)!),
                parse.GetValue(templates))));
        return command;
    }

    private static int? ParseWidth(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var columns))
        {
            result.AddError($"--width takes a whole number of columns, not '{token}'");
            return null;
        }

        if (columns is < OutputPlan.MinimumWidth or > OutputPlan.MaximumWidth)
        {
            result.AddError($"--width must be between {OutputPlan.MinimumWidth} and {OutputPlan.MaximumWidth}");
            return null;
        }

        return columns;
    }

    private static int Run(CliConsole console, bool isConsole, PreviewArguments arguments)
    {
        if (arguments.Watch && arguments.Pager)
        {
            // A pager would hold the first render and never show the next ones.
            throw new UsageException("--pager cannot be combined with --watch", "drop --pager; --watch redraws the screen on every change");
        }

        if (arguments.Compare is not null && string.Equals(arguments.Compare, arguments.Level, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--compare {arguments.Compare} is the level already shown by --level", "compare with another level, for example --level B --compare A1");
        }

        var templateFolder = CommonOptions.ResolveTemplates(arguments.Templates);
        if (arguments.Level is null)
        {
            return Job(console, isConsole, arguments, templateFolder);
        }

        var choice = ProfileSelection.Select(arguments.Profile, arguments.Profiles, jobs: new JobInstead(arguments.Jobs, "preview", "--level"));
        if (choice.Loaded is not { } loaded)
        {
            console.Report(choice.Problems);
            return ExitCodes.UsageError;
        }

        if (loaded.Profile is not null)
        {
            // Wrong levels are command-line mistakes (exit 2), caught before anything is drawn.
            var problems = LevelSelection.Check(loaded.Profile, new[] { arguments.Level, arguments.Compare }.OfType<string>(), arguments.Language);
            if (problems.Count > 0)
            {
                console.Report(problems);
                return ExitCodes.UsageError;
            }
        }
        else if (!arguments.Watch)
        {
            console.Report(loaded.Diagnostics);
            return ExitCodes.ContentError;
        }

        var request = new PreviewRequest(loaded.Directory, arguments.Level!, arguments.Compare, arguments.Language, templateFolder, ToolEnvironment.FallbackDate());
        var facts = isConsole ? OutputFacts.FromProcess() : OutputFacts.Captured;
        var plan = OutputPlan.Decide(facts, arguments.NoColor, arguments.Width, arguments.Pager);
        if (plan.Note is not null)
        {
            console.Error.WriteLine(plan.Note);
        }

        var builder = new PreviewBuilder(PreviewTheme.Default);
        return arguments.Watch
            ? Watch(console, () => builder.Build(request), WatchTarget.ForPreview(request.ProfileDirectory, templateFolder), plan, facts, arguments.Width)
            : Once(console, builder.Build(request, loaded), plan, facts, isConsole);
    }

    // A specific job: generated through the pipeline and shown like a level, again on every change
    // under --watch; --compare is for levels ('diff JOB' shows what a job changes).
    private static int Job(CliConsole console, bool isConsole, PreviewArguments arguments, string? templateFolder)
    {
        if (arguments.Profile is null)
        {
            throw UsageException.NeitherLevelNorJob("preview");
        }

        if (arguments.Compare is not null)
        {
            throw new UsageException("--compare works on a profile's levels, not on a specific job", "preview the job without it, or use 'jobdescgen diff JOB' to see what it changes from its level");
        }

        var pipeline = ToolPipeline.Create(arguments.Templates);
        var jobRequest = new JobDescGen.Jobs.Pipeline.JobRequest(arguments.Profile, arguments.Profiles, arguments.Jobs, arguments.Language);
        var run = pipeline.GenerateJob(jobRequest);
        // A job that is not there, or a language it is not written in, is a command-line mistake even
        // under --watch; a job with errors in its text is shown (and watched) until they are fixed.
        if (run.Status != PipelineStatus.Ok && !(arguments.Watch && run.Status == PipelineStatus.ContentError))
        {
            console.Report(run.Diagnostics);
            return PipelineExit.Code(run.Status);
        }

        var facts = isConsole ? OutputFacts.FromProcess() : OutputFacts.Captured;
        var plan = OutputPlan.Decide(facts, arguments.NoColor, arguments.Width, arguments.Pager);
        if (plan.Note is not null)
        {
            console.Error.WriteLine(plan.Note);
        }

        var builder = new PreviewBuilder(PreviewTheme.Default);
        if (arguments.Watch)
        {
            PreviewFrame Build()
            {
                var again = pipeline.GenerateJob(jobRequest);
                return builder.Show(again.Generated?.Document, again.Diagnostics);
            }

            // The file the job was found in: a path given on the command line may lie outside --jobs.
            var jobFile = JobSelection.Select(arguments.Profile, arguments.Jobs).File ?? Path.Combine(arguments.Jobs, arguments.Profile + ".yaml");
            var targets = WatchTarget.ForJob(arguments.Profiles, jobFile, templateFolder);
            return Watch(console, Build, targets, plan, facts, arguments.Width);
        }

        return Once(console, builder.Show(run.Generated?.Document, run.Diagnostics), plan, facts, isConsole);
    }

    private static int Once(CliConsole console, PreviewFrame frame, OutputPlan plan, OutputFacts facts, bool isConsole)
    {
        console.Report(frame.Diagnostics);
        if (frame.Document is null)
        {
            return ExitCodes.ContentError;
        }

        var text = PreviewConsole.Render(frame.Document, plan.Color, plan.Width);
        var lines = text.Count(c => c == '\n');
        if (isConsole && plan.ShouldPage(lines) && Pager.TryPage(text, facts.Pager))
        {
            return ExitCodes.Success;
        }

        console.Output.Write(text);
        return ExitCodes.Success;
    }

    private static int Watch(CliConsole console, Func<PreviewFrame> build, IReadOnlyList<WatchTarget> targets, OutputPlan plan, OutputFacts facts, int? fixedWidth)
    {
        using var cancellation = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            // Ctrl+C ends the watch, not the process: the loop returns and the tool exits 0.
            e.Cancel = true;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            using var watcher = new FileChangeWatcher(targets, Debounce);
            // Full screen on a real terminal that can position the cursor; appended renders otherwise.
            var fullScreen = facts.IsTerminal && facts.Term != "dumb";
            var display = new WatchDisplay(console.Output, plan.Color, fullScreen, fullScreen ? () => TerminalSize(fixedWidth) : () => (plan.Width, 0));
            var session = new WatchSession(build, PreviewTheme.Default, display);
            if (fullScreen && !Console.IsInputRedirected)
            {
                WatchKeyboard.Start(session.Press);
            }

            session.RunAsync(watcher, WatchTarget.Describe(targets, Environment.CurrentDirectory), cancellation.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }

        return ExitCodes.Success;
    }

    // Read before every render: the terminal may have been resized since the last one.
    private static (int Width, int Height) TerminalSize(int? fixedWidth)
    {
        var facts = OutputFacts.FromProcess();
        return (fixedWidth ?? OutputPlan.Decide(facts, noColor: true, width: null, pager: false).Width, facts.WindowHeight);
    }

    private sealed record PreviewArguments(
        string? Profile,
        string? Level,
        string? Compare,
        int? Width,
        bool Watch,
        bool NoColor,
        bool Pager,
        string? Language,
        string Profiles,
        string Jobs,
        string? Templates);
}
