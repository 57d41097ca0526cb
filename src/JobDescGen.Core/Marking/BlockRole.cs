namespace JobDescGen.Marking;

/// <summary>What a top-level block of a job description is, whichever template produced it.</summary>
public enum BlockRole
{
    /// <summary>Anything the marker has no special meaning for: set as plain body content.</summary>
    Body,

    /// <summary>The document title (the first level-1 heading).</summary>
    Title,

    /// <summary>The line under the title: version, date, organisation.</summary>
    Byline,

    /// <summary>The notice set apart before the purpose (gender-neutral wording).</summary>
    Notice,

    /// <summary>A section heading (level 2): purpose, result areas, criteria, definitions or another.</summary>
    SectionHeading,

    /// <summary>The purpose statement.</summary>
    PurposeStatement,

    /// <summary>The heading of one result area ("Als coördinator").</summary>
    AreaHeading,

    /// <summary>The statement of a result area; with <see cref="BlockMark.RunInLead"/> it opens with the area's title in bold.</summary>
    AreaStatement,

    /// <summary>A paragraph of bold text only that introduces the list after it ("Voorbeelden van taken").</summary>
    LeadIn,

    /// <summary>The example tasks of a result area.</summary>
    TaskList,

    /// <summary>The criteria table: one row per criterion.</summary>
    CriteriaTable,

    /// <summary>The list of definitions that reference marks point to.</summary>
    DefinitionList,
}
