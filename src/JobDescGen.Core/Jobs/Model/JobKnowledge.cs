using JobDescGen.Model;

namespace JobDescGen.Jobs.Model;

/// <summary>Rubric 9, technical expertise.</summary>
/// <param name="Diploma">The diploma asked for, or null.</param>
/// <param name="Technical">Technical knowledge.</param>
/// <param name="Certificates">Certificates or licences.</param>
/// <param name="Experience">Experience asked for, or null.</param>
/// <param name="Induction">How long it takes to become at home in the context (inwerktijd), or null.</param>
public sealed record JobKnowledge(
    LocalizedText? Diploma,
    IReadOnlyList<LocalizedText> Technical,
    IReadOnlyList<LocalizedText> Certificates,
    LocalizedText? Experience,
    LocalizedText? Induction);
