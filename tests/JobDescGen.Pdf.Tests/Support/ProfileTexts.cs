using JobDescGen.Resolving;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>Every text of a resolved level: the sentences its document must show, verbatim.</summary>
internal static class ProfileTexts
{
    public static IReadOnlyList<string> Of(LevelDescription description)
    {
        var texts = new List<string> { description.Title, description.Level.Name, description.Purpose.Action, description.Purpose.Aim };
        if (description.Notice is not null)
        {
            texts.Add(description.Notice);
        }

        foreach (var area in description.ResultAreas)
        {
            texts.AddRange([area.Role, area.Statement.Action, area.Statement.Aim, .. area.Tasks]);
        }

        foreach (var criterion in description.Criteria)
        {
            texts.AddRange([criterion.Name, criterion.Text]);
        }

        foreach (var definition in description.Definitions)
        {
            texts.AddRange([definition.Term, definition.Text]);
        }

        return texts;
    }
}
