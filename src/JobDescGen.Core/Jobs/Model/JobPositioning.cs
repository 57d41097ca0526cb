using JobDescGen.Model;

namespace JobDescGen.Jobs.Model;

/// <summary>Rubric 6, positioning.</summary>
/// <param name="ReportsTo">Who the job reports to (de functie krijgt leiding van), or null.</param>
/// <param name="TeamSize">How many people the job leads, or null.</param>
/// <param name="Team">Who they are (their roles and levels), or null.</param>
public sealed record JobPositioning(LocalizedText? ReportsTo, int? TeamSize, LocalizedText? Team);
