namespace JobDescGen.Marking;

/// <summary>Which part of the job description a section heading opens, recognised by the language's labels.</summary>
public enum SectionKind
{
    /// <summary>Not one of the known sections.</summary>
    Other,

    /// <summary>"Doel".</summary>
    Purpose,

    /// <summary>"Resultaatgebieden".</summary>
    ResultAreas,

    /// <summary>"Onderscheidende criteria".</summary>
    Criteria,

    /// <summary>"Definitie".</summary>
    Definitions,
}
