using JobDescGen.Rendering;
using JobDescGen.Testing;
using Scriban;
using Xunit;

namespace JobDescGen.Tests.Rendering;

/// <summary>Scriban's built-ins are made only for a template that names one, and then work as Scriban's own.</summary>
public sealed class LazyBuiltinsTests
{
    [Fact]
    public void The_built_in_template_renders_without_making_the_builtins()
    {
        var builtins = new LazyBuiltins();
        var context = new TemplateContext(builtins) { StrictVariables = true, MemberRenamer = m => m.Name };
        context.PushGlobal(TemplateModelBuilder.Build(BundledDocuments.Document("A1").Description, BundledDocuments.Document("A1").Language));

        var markdown = Template.Parse(File.ReadAllText(Path.Combine(RepoPaths.Templates, TemplateSource.JobDescriptionTemplate))).Render(context);

        Assert.Contains("Niveau A1", markdown, StringComparison.Ordinal);
        Assert.False(builtins.IsMade);
    }

    [Theory]
    [InlineData("{{ 'ab' | string.upcase }}", "AB")]
    [InlineData("{{ [3, 1, 2] | array.sort | array.join ',' }}", "1,2,3")]
    [InlineData("{{ x = {}; x == empty }}", "true")]
    [InlineData("{{ 7 | math.minus 2 }}", "5")]
    public void A_template_that_names_a_builtin_gets_it(string template, string expected)
    {
        var builtins = new LazyBuiltins();
        var context = new TemplateContext(builtins);

        Assert.Equal(expected, Template.Parse(template).Render(context));
        Assert.True(builtins.IsMade);
    }

    [Fact]
    public void A_template_cannot_change_the_builtins_another_render_sees()
    {
        var first = new TemplateContext(new LazyBuiltins());
        Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Template.Parse("{{ string = 'x' }}").Render(first));
        Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Template.Parse("{{ string.upcase = 'x' }}").Render(first));

        Assert.Equal("AB", Template.Parse("{{ 'ab' | string.upcase }}").Render(new TemplateContext(new LazyBuiltins())));
    }
}
