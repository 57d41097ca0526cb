using JobDescGen.Diagnostics;

namespace JobDescGen.Model;

/// <summary>A defined term, referenced from criterion statements with an asterisk.</summary>
public sealed record TermDefinition(string Id, LocalizedText Term, LocalizedText Text, SourceLocation Location);
