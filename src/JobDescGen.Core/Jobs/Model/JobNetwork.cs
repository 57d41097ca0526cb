using JobDescGen.Model;

namespace JobDescGen.Jobs.Model;

/// <summary>Rubric 4, network: who the job exchanges information with, inside and outside the organisation.</summary>
public sealed record JobNetwork(IReadOnlyList<LocalizedText> Internal, IReadOnlyList<LocalizedText> External);
