using YamlDotNet.Core;

namespace JobDescGen.Loading.Yaml;

/// <summary>Stops reading a YAML file that breaks one of the input limits or holds text that is not safe to keep.</summary>
internal sealed class YamlLimitException(Mark start, string message, string hint) : Exception(message)
{
    public Mark Start { get; } = start;

    public string Hint { get; } = hint;
}
