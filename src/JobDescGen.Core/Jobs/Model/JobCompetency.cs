using JobDescGen.Diagnostics;
using JobDescGen.Model;

namespace JobDescGen.Jobs.Model;

/// <summary>Rubric 11, one generic competency and the level expected of it.</summary>
public sealed record JobCompetency(LocalizedText Name, LocalizedText? Level, SourceLocation Location);
