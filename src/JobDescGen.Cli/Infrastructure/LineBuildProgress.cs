using JobDescGen.Building;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>Prints one line per finished file: the output for logs, pipes and CI.</summary>
internal sealed class LineBuildProgress(TextWriter output, string outputDirectory) : IBuildProgress
{
    public void Started(int profiles)
    {
    }

    public void ProfileCompleted()
    {
    }

    public void Completed(DocumentResult result) => output.WriteLine(BuildLines.For(result, outputDirectory));
}
