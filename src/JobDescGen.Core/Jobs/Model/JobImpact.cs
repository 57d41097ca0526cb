using JobDescGen.Model;

namespace JobDescGen.Jobs.Model;

/// <summary>Rubric 8, impact: the budget and the people the job weighs on, and other figures.</summary>
public sealed record JobImpact(LocalizedText? Budget, LocalizedText? People, IReadOnlyList<LocalizedText> Other);
