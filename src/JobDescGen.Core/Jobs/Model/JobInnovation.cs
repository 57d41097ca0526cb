using JobDescGen.Model;

namespace JobDescGen.Jobs.Model;

/// <summary>Rubric 10, innovation: the rules the job is bound by, what it renews, on which frame of reference.</summary>
public sealed record JobInnovation(IReadOnlyList<LocalizedText> Regulations, IReadOnlyList<LocalizedText> Innovations, LocalizedText? Framework);
