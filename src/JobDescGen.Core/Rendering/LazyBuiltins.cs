using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace JobDescGen.Rendering;

/// <summary>
/// Scriban's built-in functions (<c>string</c>, <c>array</c>, <c>date</c>, <c>include</c>, ...) for
/// one render, made when the template first names one. Making them is most of the cost of a
/// <see cref="TemplateContext"/> (each module is imported by reflection: about 10 ms of a cold start),
/// and the built-in templates name none: their variables are found in the model first.
/// Each render gets its own, as with Scriban's default, so no template changes another's.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private BuiltinFunctions? _builtins;

    private BuiltinFunctions Builtins => _builtins ??= new BuiltinFunctions();

    /// <summary>True once a template has asked for a built-in (for tests).</summary>
    public bool IsMade => _builtins is not null;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        var found = Builtins.TryGetValue(context, span, member, out var builtin);
        value = builtin!;
        return found;
    }

    public override bool Contains(string member) => Builtins.Contains(member);

    public override bool CanWrite(string member) => Builtins.CanWrite(member);

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        Builtins.TrySetValue(context, span, member, value, readOnly);

    public override bool Remove(string member) => Builtins.Remove(member);
}
