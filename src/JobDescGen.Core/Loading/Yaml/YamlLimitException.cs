using YamlDotNet.Core;

namespace JobDescGen.Loading.Yaml;

/// <summary>Stops reading a YAML file that breaks one of the input limits or holds text that is not safe to keep.</summary>
internal sealed class YamlLimitException(Mark start, string message, string hint) : Exception(message)
{
    /// <summary>Refused because of one character of the text that runs from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public YamlLimitException(Mark start, Mark end, int character, string message, string hint)
        : this(start, message, hint)
    {
        End = end;
        Character = character;
    }

    public Mark Start { get; } = start;

    public Mark End { get; } = Mark.Empty;

    /// <summary>The character refused, when one is (-1 otherwise): the report then points at it.</summary>
    public int Character { get; } = -1;

    public string Hint { get; } = hint;
}
