using System.Collections;
using System.Text.RegularExpressions;
using JobDescGen.Loading;
using Scriban.Runtime;

namespace JobDescGen.Rendering;

/// <summary>Hints for template runtime errors: the variable or member the author most likely meant.</summary>
internal static partial class TemplateErrorHints
{
    /// <summary>A hint for Scriban's <paramref name="message"/>, given the variables the template saw.</summary>
    public static string For(string message, ScriptObject model)
    {
        var name = NamePattern().Match(message);
        if (name.Success)
        {
            var nearest = KeyMatcher.Nearest(name.Groups["name"].Value, Names(model).Distinct());
            if (nearest is not null)
            {
                return $"did you mean '{nearest}'? (the README's 'Template variables' lists every name)";
            }

            return "the README's 'Template variables' lists the names templates can use: " + string.Join(", ", model.Keys.Order(StringComparer.Ordinal));
        }

        return "check the expression at this spot; the README's 'Templates' section lists what templates can use";
    }

    // Every key at any depth: a wrong member ("area.rol") is matched against the members that exist.
    private static IEnumerable<string> Names(object? value) => value switch
    {
        ScriptObject scriptObject => scriptObject.Keys.Concat(scriptObject.Values.SelectMany(Names)),
        IEnumerable enumerable and not string => enumerable.Cast<object?>().Take(1).SelectMany(Names),
        _ => [],
    };

    [GeneratedRegex(@"(`(?<name>[^`]+)`|member with name (?<name>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex NamePattern();
}
