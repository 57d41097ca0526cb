using System.CommandLine;
using System.CommandLine.Invocation;
using JobDescGen.Cli.Commands;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>
/// <c>--version</c>: the tool's informational version (0.2.0, or 0.2.0-dev.7 between releases), the
/// one manifests record. System.CommandLine's own asks the entry assembly, which is not the tool
/// when it runs inside another process (tests).
/// </summary>
internal sealed class ToolVersionAction : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(BuildCommand.ToolVersion());
        return ExitCodes.Success;
    }
}
