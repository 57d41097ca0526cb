using JobDescGen.Diffing;
using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Jobs.Diffing;

/// <summary>
/// What a specific job changes from its generic level, as a level diff every diff writer prints:
/// the purpose (the job's addition shows as inserted words), the optional areas it leaves out, and
/// the tasks it adds, omits or replaces (a replaced task shows as removed and added). Its reports
/// list only these changes, and count what the job inherits unchanged.
/// </summary>
public static class JobDiffer
{
    /// <summary>The changes from <paramref name="generic"/> (the level as the profile has it) to <paramref name="job"/> (the job's document data).</summary>
    public static LevelDiff Compare(LevelDescription generic, LevelDescription job, LanguagePack labels)
    {
        // The addition follows the generic purpose in the document: compare it as the reader sees it.
        var withAddition = job.Job?.PurposeAddition is { } addition
            ? job with { Purpose = job.Purpose with { Aim = job.Purpose.Aim + " " + addition } }
            : job;
        var diff = LevelDiffer.Compare(generic, withAddition, labels);
        return diff with
        {
            Title = generic.Title,
            To = diff.To with { Name = job.Title },
            ListsOnlyChanges = true,
        };
    }
}
