using DocumentFormat.OpenXml.Wordprocessing;

namespace JobDescGen.Docx.Building;

/// <summary>
/// The numbering part of one document: one bullet definition that every bullet list shares, and
/// one numbering instance per ordered list, so each starts from its own number. Ids are counted in
/// document order, never random.
/// </summary>
internal sealed class ListNumbering
{
    private const int BulletAbstract = 1;
    private const int DecimalAbstract = 2;
    private const int BulletNumber = 1;
    private const int Levels = 9;

    // Hanging indent per level: the PDF theme's list indent (16.8 pt).
    private const int Indent = 336;

    private static readonly string[] Bullets = ["•", "–", "▪"];

    private readonly List<int> _orderedStarts = [];

    /// <summary>The numbering id of bullet lists.</summary>
    public int Bullet => BulletNumber;

    /// <summary>A new numbering id for an ordered list that starts at <paramref name="start"/>.</summary>
    public int Ordered(int start)
    {
        _orderedStarts.Add(start);
        return BulletNumber + _orderedStarts.Count;
    }

    /// <summary>The left indent of a list paragraph at <paramref name="level"/> (0-based), in twips.</summary>
    public static int LeftIndent(int level) => Indent * (level + 1);

    // Most documents have bullet lists only: their numbering part is the same bytes every time.
    private static readonly Lazy<byte[]> BulletsOnly = new(() => Packaging.PackageWriter.Serialize(new ListNumbering().Build()));

    /// <summary>The numbering part's bytes.</summary>
    public byte[] ToPart() => _orderedStarts.Count == 0 ? BulletsOnly.Value : Packaging.PackageWriter.Serialize(Build());

    private Numbering Build()
    {
        var numbering = new Numbering(
            Abstract(BulletAbstract, level => new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = Bullets[level % Bullets.Length] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                Indentation(level),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = "Carlito", HighAnsi = "Carlito", ComplexScript = "Carlito" }))
            { LevelIndex = level }),
            Abstract(DecimalAbstract, level => new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = $"%{level + 1}." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                Indentation(level))
            { LevelIndex = level }));

        numbering.AppendChild(new NumberingInstance(new AbstractNumId { Val = BulletAbstract }) { NumberID = BulletNumber });
        for (var i = 0; i < _orderedStarts.Count; i++)
        {
            numbering.AppendChild(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstract },
                new LevelOverride(new StartOverrideNumberingValue { Val = _orderedStarts[i] }) { LevelIndex = 0 })
            { NumberID = BulletNumber + 1 + i });
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, Func<int, Level> level)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var i = 0; i < Levels; i++)
        {
            definition.AppendChild(level(i));
        }

        return definition;
    }

    private static PreviousParagraphProperties Indentation(int level) =>
        new(new Indentation { Left = LeftIndent(level).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = Indent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
