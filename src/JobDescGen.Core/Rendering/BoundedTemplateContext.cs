using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace JobDescGen.Rendering;

/// <summary>
/// A template context whose regular expressions (<c>regex.match</c>, <c>regex.replace</c>,
/// <c>html.strip</c>, ...) share the render's time budget. Scriban checks its cancellation token
/// between statements only, and gives each regular expression <see cref="TemplateContext.RegexTimeOut"/>
/// (10 s by default): a pattern that backtracks catastrophically ran 10 s past a 5 s limit. Before
/// each node is evaluated the regex timeout is set to what is left of the budget.
/// </summary>
internal sealed class BoundedTemplateContext : TemplateContext
{
    private static readonly TimeSpan Smallest = TimeSpan.FromMilliseconds(1);
    private readonly Func<long> _milliseconds;
    private readonly long _deadline;

    /// <summary>A context over <paramref name="builtins"/> that must finish within <paramref name="budget"/> from now.</summary>
    public BoundedTemplateContext(ScriptObject builtins, TimeSpan budget)
        : this(builtins, budget, static () => Environment.TickCount64)
    {
    }

    /// <summary>As above, with the clock (milliseconds) given: tests move it.</summary>
    internal BoundedTemplateContext(ScriptObject builtins, TimeSpan budget, Func<long> milliseconds)
        : base(builtins)
    {
        _milliseconds = milliseconds;
        _deadline = milliseconds() + (long)budget.TotalMilliseconds;
        RegexTimeOut = budget;
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        // TickCount64 costs a few nanoseconds: cheap enough for every node.
        var left = TimeSpan.FromMilliseconds(_deadline - _milliseconds());
        RegexTimeOut = left > Smallest ? left : Smallest;
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }
}
