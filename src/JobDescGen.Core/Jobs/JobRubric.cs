namespace JobDescGen.Jobs;

/// <summary>
/// One of the twelve rubrics of the federal job-description model, in the model's order: its
/// number, its key in a job file and in templates, and the label key of its heading.
/// </summary>
public sealed record JobRubric(int Number, string Key)
{
    /// <summary>The twelve rubrics in the model's order (see docs/jobs.md for the sources).</summary>
    public static readonly IReadOnlyList<JobRubric> All =
    [
        new(1, "identification"),
        new(2, "purpose"),
        new(3, "result_areas"),
        new(4, "network"),
        new(5, "organogram"),
        new(6, "positioning"),
        new(7, "autonomy"),
        new(8, "impact"),
        new(9, "knowledge"),
        new(10, "innovation"),
        new(11, "competencies"),
        new(12, "context"),
    ];

    /// <summary>The label that names the rubric's heading ("rubric_network": "Netwerkelementen").</summary>
    public string LabelKey => "rubric_" + Key;
}
