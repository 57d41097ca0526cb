using Markdig.Syntax;

namespace JobDescGen.Marking;

/// <summary>Reads and writes the marks kept on Markdig nodes (Markdig's own <c>SetData</c>/<c>GetData</c>).</summary>
public static class BlockMarks
{
    private static readonly object BlockKey = typeof(BlockMark);
    private static readonly object CriterionKey = typeof(CriterionMark);
    private static readonly object DefinitionKey = typeof(DefinitionMark);

    /// <summary>The block's mark; <see cref="BlockMark.Body"/> for a block that has none (nested blocks).</summary>
    public static BlockMark Mark(this Block block) => block.GetData(BlockKey) as BlockMark ?? BlockMark.Body;

    /// <summary>The criterion a table row states, or null.</summary>
    public static CriterionMark? Criterion(this Block row) => row.GetData(CriterionKey) as CriterionMark;

    /// <summary>The definition a list item states, or null.</summary>
    public static DefinitionMark? Definition(this Block item) => item.GetData(DefinitionKey) as DefinitionMark;

    internal static void SetMark(this Block block, BlockMark mark) => block.SetData(BlockKey, mark);

    internal static void SetCriterion(this Block row, CriterionMark mark) => row.SetData(CriterionKey, mark);

    internal static void SetDefinition(this Block item, DefinitionMark mark) => item.SetData(DefinitionKey, mark);
}
