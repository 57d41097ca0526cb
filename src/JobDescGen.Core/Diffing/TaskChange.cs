namespace JobDescGen.Diffing;

/// <summary>A task that one level has in a result area and the other has not.</summary>
public sealed record TaskChange(string AreaId, string AreaName, string Text, ChangeStatus Status);
