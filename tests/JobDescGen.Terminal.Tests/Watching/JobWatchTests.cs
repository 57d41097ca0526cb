using JobDescGen.Jobs.Pipeline;
using JobDescGen.Pipeline;
using JobDescGen.Terminal.Preview;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using JobDescGen.Terminal.Watching;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Terminal.Tests.Watching;

/// <summary>
/// <c>preview JOB --watch</c>: the job is rendered again when its own file changes, when the
/// generic profile it extends changes (it inherits, never copies), and comes back after an error.
/// </summary>
public sealed class JobWatchTests
{
    private const string JobId = "teamleider-personeelsadministratie";

    [Fact]
    public async Task A_job_renders_again_when_its_file_or_its_generic_profile_changes()
    {
        using var sandbox = new ProfileSandbox();
        var jobs = Path.Combine(sandbox.Root, "jobs");
        Directory.CreateDirectory(jobs);
        var jobFile = Path.Combine(jobs, JobId + ".yaml");
        File.Copy(RepoPaths.Of("jobs", JobId + ".yaml"), jobFile);
        var profiles = Path.Combine(sandbox.Root, "profiles");
        var pipeline = new JobDescPipeline(new PipelineSettings(sandbox.Templates, new DateOnly(2026, 1, 1), JobDescGen.Cli.Infrastructure.ToolFormats.Registry));
        var builder = new PreviewBuilder(PreviewTheme.Default);
        PreviewFrame Build()
        {
            var run = pipeline.GenerateJob(new JobRequest(JobId, profiles, jobs, null));
            return builder.Show(run.Generated?.Document, run.Diagnostics);
        }

        await using var watch = new WatchHarness(Build, WatchTarget.ForJob(profiles, jobFile, sandbox.Templates));
        await watch.Next(f => f.Text.Contains("Teamleider Personeelsadministratie"), "the first render of the job");

        var job = await File.ReadAllTextAsync(jobFile);
        await File.WriteAllTextAsync(jobFile, job.Replace("Teamleider Personeelsadministratie", "Teamcoach Personeelsadministratie", StringComparison.Ordinal));
        await watch.Next(f => f.Text.Contains("Teamcoach Personeelsadministratie"), "a render with the job's new title");

        var levelFile = sandbox.InProfile("levels", "A1.yaml");
        var level = await File.ReadAllTextAsync(levelFile);
        var edited = level.Replace("Verantwoordelijkheden delegeren", "Verantwoordelijkheden toevertrouwen", StringComparison.Ordinal);
        Assert.NotEqual(level, edited);
        await File.WriteAllTextAsync(levelFile, edited);
        await watch.Next(f => f.Text.Contains("Verantwoordelijkheden toevertrouwen"), "a render with the generic level's edited criterion");

        await File.WriteAllTextAsync(jobFile, "extends: leidinggevende\nlevel: [A1\n");
        var broken = await watch.Next(f => f.Frame.HasErrors && f.Frame.Document is null, "diagnostics for the broken job file");
        Assert.Contains(broken.Frame.Diagnostics, d => d.Location.File.EndsWith(JobId + ".yaml", StringComparison.Ordinal) && d.Location.HasPosition);

        await File.WriteAllTextAsync(jobFile, job);
        await watch.Next(f => !f.Frame.HasErrors && f.Text.Contains("Teamleider Personeelsadministratie"), "recovery after the fix");

        await watch.StopAsync();
        Assert.Contains($"· changed: {JobId}.yaml ·", watch.Output);
        Assert.Contains("· changed: A1.yaml ·", watch.Output);
    }

    [Fact]
    public async Task A_job_named_by_a_path_outside_the_jobs_folder_is_watched_where_it_lies()
    {
        using var sandbox = new ProfileSandbox();
        var elsewhere = Path.Combine(sandbox.Root, "drafts");
        Directory.CreateDirectory(elsewhere);
        var jobFile = Path.Combine(elsewhere, JobId + ".yaml");
        File.Copy(RepoPaths.Of("jobs", JobId + ".yaml"), jobFile);
        var profiles = Path.Combine(sandbox.Root, "profiles");
        var jobs = Path.Combine(sandbox.Root, "jobs");
        var pipeline = new JobDescPipeline(new PipelineSettings(sandbox.Templates, new DateOnly(2026, 1, 1), JobDescGen.Cli.Infrastructure.ToolFormats.Registry));
        var builder = new PreviewBuilder(PreviewTheme.Default);
        PreviewFrame Build()
        {
            var run = pipeline.GenerateJob(new JobRequest(jobFile, profiles, jobs, null));
            return builder.Show(run.Generated?.Document, run.Diagnostics);
        }

        var targets = WatchTarget.ForJob(profiles, jobFile, sandbox.Templates);
        Assert.Contains(targets, t => t.Directory == elsewhere && t.Filter == JobId + ".yaml");
        await using var watch = new WatchHarness(Build, targets);
        await watch.Next(f => f.Text.Contains("Teamleider Personeelsadministratie"), "the first render of the job");

        // Another file in the same folder is not this job: no render for it.
        await File.WriteAllTextAsync(Path.Combine(elsewhere, "other.yaml"), "extends: leidinggevende\n");
        var job = await File.ReadAllTextAsync(jobFile);
        await File.WriteAllTextAsync(jobFile, job.Replace("Teamleider Personeelsadministratie", "Teamcoach Personeelsadministratie", StringComparison.Ordinal));
        await watch.Next(f => f.Text.Contains("Teamcoach Personeelsadministratie"), "a render with the job's new title");

        await watch.StopAsync();
        Assert.Contains($"· changed: {JobId}.yaml ·", watch.Output);
        Assert.DoesNotContain("other.yaml", watch.Output);
    }
}
