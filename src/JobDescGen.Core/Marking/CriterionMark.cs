namespace JobDescGen.Marking;

/// <summary>The criterion a row of the criteria table states, set on the Markdig table row.</summary>
/// <param name="Id">The criterion's id in the profile.</param>
/// <param name="Name">Its name as shown ("Coördinatie").</param>
public sealed record CriterionMark(string Id, string Name);
