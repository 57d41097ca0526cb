using JobDescGen.Model;

namespace JobDescGen.Jobs.Model;

/// <summary>Rubric 7, autonomy: what the job decides alone, and what needs approval.</summary>
public sealed record JobAutonomy(IReadOnlyList<LocalizedText> Decides, IReadOnlyList<LocalizedText> Approval);
