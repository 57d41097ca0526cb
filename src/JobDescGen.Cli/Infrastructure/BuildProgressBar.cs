using JobDescGen.Building;
using Spectre.Console;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>Runs a build under a live Spectre.Console progress bar (interactive terminals only).</summary>
internal static class BuildProgressBar
{
    /// <summary>Runs <paramref name="build"/>, moving the bar as files complete.</summary>
    public static BuildResult Run(string title, Func<IBuildProgress, BuildResult> build)
    {
        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(title, autoStart: true, maxValue: 1);
                result = build(new Adapter(task));
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private sealed class Adapter(ProgressTask task) : IBuildProgress
    {
        private int _files;

        public void Started(int profiles) => task.MaxValue = Math.Max(profiles, 1);

        public void Completed(DocumentResult result) => task.Description = $"{Title(task.Description)} ({++_files} files)";

        public void ProfileCompleted() => task.Increment(1);

        private static string Title(string description) => description.Split(" (")[0];
    }
}
