namespace JobDescGen.Explaining;

/// <summary>The formats <c>explain</c> writes.</summary>
public enum ExplainFormat
{
    /// <summary>Indented JSON.</summary>
    Json,

    /// <summary>A YAML document.</summary>
    Yaml,
}
