using JobDescGen.Diagnostics;

namespace JobDescGen.Model;

/// <summary>A distinguishing criterion (row of the criteria table); its text per level lives in the level files.</summary>
public sealed record CriterionDefinition(string Id, LocalizedText Name, SourceLocation Location);
