using JobDescGen.Diagnostics;

namespace JobDescGen.Loading.Yaml;

/// <summary>A scalar: text, a number or a boolean, as written.</summary>
public sealed class YamlScalar(SourceLocation location, string value, bool isPlain) : YamlNode(location)
{
    /// <summary>The scalar's text.</summary>
    public string Value { get; } = value;

    /// <summary>True when written without quotes; only plain scalars can be null, booleans or numbers.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>True for a plain empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string KindName => IsNull ? "nothing" : "text";
}
