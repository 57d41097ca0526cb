using JobDescGen.Model;

namespace JobDescGen.Jobs.Model;

/// <summary>Rubric 1, identification of the job (level and class come from the job's level).</summary>
/// <param name="Title">The function title (functiebenaming).</param>
/// <param name="Code">The function code, or null.</param>
/// <param name="Organisation">The organisation; null takes the profile's.</param>
/// <param name="Entity">The entity, directorate or service within it, or null.</param>
/// <param name="Created">The creation date (aanmaakdatum), or null.</param>
/// <param name="OriginalLanguage">The language the description was first written in, or null.</param>
/// <param name="JobFamily">The job family (functiefamilie), or null.</param>
/// <param name="JobCategory">The job category (beroepscategorie), or null.</param>
public sealed record JobIdentification(
    LocalizedText Title,
    string? Code,
    LocalizedText? Organisation,
    LocalizedText? Entity,
    DateOnly? Created,
    string? OriginalLanguage,
    LocalizedText? JobFamily,
    LocalizedText? JobCategory);
