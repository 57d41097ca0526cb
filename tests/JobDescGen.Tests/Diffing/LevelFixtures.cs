using JobDescGen.Testing;

namespace JobDescGen.Tests.Diffing;

/// <summary>The test profiles with 2 and with 8 levels (tests/JobDescGen.Tests/Fixtures/Levels).</summary>
internal static class LevelFixtures
{
    /// <summary>Profiles folder of "teamcoach": levels B and A1, Dutch and French; A1 omits an optional area, adds a task and references a definition.</summary>
    public static string TwoLevels => RepoPaths.Of("tests", "JobDescGen.Tests", "Fixtures", "Levels", "two");

    /// <summary>Profiles folder of "ladder": levels D to A5; D and C omit the optional area.</summary>
    public static string EightLevels => RepoPaths.Of("tests", "JobDescGen.Tests", "Fixtures", "Levels", "eight");
}
