namespace JobDescGen.Marking;

/// <summary>The result area a block belongs to.</summary>
/// <param name="Id">The area's id in the profile.</param>
/// <param name="Role">The role ("coördinator").</param>
/// <param name="Optional">True when the profile marks the area optional.</param>
public sealed record AreaMark(string Id, string Role, bool Optional);
