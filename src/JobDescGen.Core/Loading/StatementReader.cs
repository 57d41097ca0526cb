using JobDescGen.Loading.Yaml;
using JobDescGen.Model;

namespace JobDescGen.Loading;

/// <summary>Reads the "action ... teneinde aim" pair used by the purpose and by every result area.</summary>
public static class StatementReader
{
    /// <summary>The keys a statement is written with.</summary>
    public static readonly string[] Keys = ["action", "aim"];

    /// <summary>Reads <c>action</c> and <c>aim</c> from <paramref name="mapping"/>.</summary>
    public static Statement? Read(YamlFieldReader reader, YamlMapping? mapping, string path)
    {
        var action = reader.Text(mapping?.Get("action"), YamlFieldReader.Join(path, "action"));
        var aim = reader.Text(mapping?.Get("aim"), YamlFieldReader.Join(path, "aim"), elidable: true);
        return action is null || aim is null ? null : new Statement(action, aim);
    }
}
