using JobDescGen.Jobs.Resolving;
using JobDescGen.Rendering;
using JobDescGen.Resolving;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.Jobs;

/// <summary>
/// Seed fidelity of a specific job: its document carries every sentence of the generic A1 level
/// that the job did not deliberately remove (an optional area it leaves out, a task it omits or
/// replaces), none of those it removed, and none of other levels.
/// </summary>
public sealed class JobFidelityTests
{
    [Fact]
    public void The_example_job_keeps_every_generic_A1_sentence_it_did_not_remove_and_none_of_other_levels()
    {
        var loaded = BundledJob.Load(BundledJob.File, RepoPaths.Profiles);
        var generic = JobResolver.ResolveGeneric(loaded.Job!, loaded.Profile!, null, BundledDocuments.PinnedDate);
        var removed = Removed(generic, BundledJob.Document.Description, BundledJob.Document.Language);
        Assert.NotEmpty(removed);

        var text = TextNormalizer.MarkdownToText(BundledJob.Markdown);
        var a1 = SeedSentences.All.Where(s => s.Levels.Contains("A1")).Select(s => s.Sentence).ToList();
        var missing = a1.Where(s => !removed.Contains(s) && !text.Contains(s, StringComparison.Ordinal)).ToList();
        var kept = a1.Where(s => removed.Contains(s) && text.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
        Assert.Empty(kept);
        Assert.Empty(SeedSentences.All.Where(s => !s.Levels.Contains("A1") && text.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence));

        // The removals are exactly what the job file asks for: one optional area, one omitted and one replaced task.
        Assert.Contains("deelnemen aan de activiteiten van het team teneinde die tijdig en volgens de kwaliteitsnormen af te werken.", removed);
        Assert.Contains("De briefwisseling verzorgen (brieven, mails, nota’s);", removed);
        Assert.Contains("De taken verdelen onder de teamleden rekening houdend met de werklast;", removed);
        Assert.Equal(1 + 5 + 2, removed.Count);
    }

    // The sentences of the generic level that the job's document does not have: the statement and
    // tasks of the areas it leaves out, and the tasks it omits or replaces.
    private static HashSet<string> Removed(LevelDescription generic, LevelDescription job, LanguagePack labels)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var area in generic.ResultAreas)
        {
            var kept = job.ResultAreas.FirstOrDefault(a => a.Id == area.Id);
            if (kept is null)
            {
                removed.Add(LabelJoiner.Statement(area.Statement.Action, area.Statement.Aim, labels));
                removed.Add(area.Statement.Action + " teneinde " + area.Statement.Aim);
            }

            removed.UnionWith(area.Tasks.Where(t => kept?.Tasks.Contains(t) != true));
        }

        removed.RemoveWhere(s => !SeedSentences.All.Any(seed => seed.Sentence == s));
        return removed;
    }
}
