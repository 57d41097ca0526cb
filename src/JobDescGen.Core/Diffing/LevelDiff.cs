using JobDescGen.Resolving;

namespace JobDescGen.Diffing;

/// <summary>What changes from one level of a profile to another, item by item, in one language.</summary>
/// <param name="ProfileId">The profile.</param>
/// <param name="Language">The language of the texts.</param>
/// <param name="Title">The profile's title.</param>
/// <param name="From">The first level (<c>--from</c>).</param>
/// <param name="To">The second level (<c>--to</c>).</param>
/// <param name="Purpose">The purpose statement (levels may override it).</param>
/// <param name="Criteria">Every criterion, in the profile's order.</param>
/// <param name="Areas">Every result area either level has, in the profile's order (Changed when its statement differs).</param>
/// <param name="Tasks">The tasks added or removed, area by area.</param>
/// <param name="Definitions">Every defined term either level references.</param>
public sealed record LevelDiff(
    string ProfileId,
    string Language,
    string Title,
    ResolvedLevel From,
    ResolvedLevel To,
    TextChange Purpose,
    IReadOnlyList<TextChange> Criteria,
    IReadOnlyList<TextChange> Areas,
    IReadOnlyList<TaskChange> Tasks,
    IReadOnlyList<TextChange> Definitions)
{
    /// <summary>
    /// True when the reports list only what differs and count the rest in one line: a specific
    /// job inherits its level's criteria whole, so listing them all as unchanged buries its changes.
    /// Two levels differ in most criteria, so their reports show every criterion.
    /// </summary>
    public bool ListsOnlyChanges { get; init; }

    /// <summary>How many tasks both levels have in the same result area (<see cref="Tasks"/> holds only those added or removed).</summary>
    public int UnchangedTasks { get; init; }

    /// <summary>The criteria whose text differs, in order.</summary>
    public IEnumerable<TextChange> ChangedCriteria => Criteria.Where(c => c.Status != ChangeStatus.Unchanged);
}
