using JobDescGen.Diagnostics;

namespace JobDescGen.Model;

/// <summary>One cell of the criteria table: what a criterion says for one level, and the terms it references.</summary>
public sealed record CriterionStatement(
    string CriterionId,
    LocalizedText Text,
    IReadOnlyList<LocatedId> References,
    SourceLocation Location);
