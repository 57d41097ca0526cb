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

    /// <summary>A job's rubric 1, identification of the job.</summary>
    Identification,

    /// <summary>A job's rubric 4, network.</summary>
    Network,

    /// <summary>A job's rubric 5, organogram.</summary>
    Organogram,

    /// <summary>A job's rubric 6, positioning.</summary>
    Positioning,

    /// <summary>A job's rubric 7, autonomy.</summary>
    Autonomy,

    /// <summary>A job's rubric 8, impact.</summary>
    Impact,

    /// <summary>A job's rubric 9, technical expertise.</summary>
    Knowledge,

    /// <summary>A job's rubric 10, innovation.</summary>
    Innovation,

    /// <summary>A job's rubric 11, generic competencies.</summary>
    Competencies,

    /// <summary>A job's rubric 12, the specific context.</summary>
    Context,
}
