namespace JobDescGen.Model.Tasks;

/// <summary>A task added to a result area, and where it goes.</summary>
/// <param name="Task">The task (it may carry an id of its own, so a later addition can be placed after it).</param>
/// <param name="Position">Start, end, or after <paramref name="After"/>.</param>
/// <param name="After">The task it follows, for <see cref="TaskPosition.After"/>.</param>
public sealed record TaskAddition(ProfileTask Task, TaskPosition Position, TaskReference? After);
