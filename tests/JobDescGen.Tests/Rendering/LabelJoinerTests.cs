using JobDescGen.Rendering;
using Xunit;

namespace JobDescGen.Tests.Rendering;

public sealed class LabelJoinerTests
{
    private static readonly LanguagePack Dutch = new("nl", new Dictionary<string, string> { ["in_order_to"] = "teneinde", ["role_prefix"] = "Als" }, []);

    private static readonly LanguagePack French = new(
        "fr",
        new Dictionary<string, string> { ["in_order_to"] = "afin de", ["in_order_to_elided"] = "afin d'", ["role_prefix"] = "En tant que", ["role_prefix_elided"] = "En tant qu'" },
        []);

    [Theory]
    [InlineData("assurer la qualité", "plannifier afin d'assurer la qualité")]
    [InlineData("éviter les retards", "plannifier afin d'éviter les retards")]
    [InlineData("Informer les clients", "plannifier afin d'Informer les clients")]
    [InlineData("garantir la qualité", "plannifier afin de garantir la qualité")]
    [InlineData("hausser le niveau", "plannifier afin de hausser le niveau")]
    public void French_elides_the_connector_before_a_vowel(string aim, string expected) =>
        Assert.Equal(expected, LabelJoiner.Statement("plannifier", aim, French));

    [Fact]
    public void French_elides_the_role_prefix() =>
        Assert.Equal(("En tant qu'exécutant", "En tant que coach"), (LabelJoiner.Join("role_prefix", "exécutant", French), LabelJoiner.Join("role_prefix", "coach", French)));

    [Fact]
    public void Dutch_never_elides() =>
        Assert.Equal(("taken uitvoeren teneinde alle betrokkenen te informeren", "Als interne contactpersoon"), (LabelJoiner.Statement("taken uitvoeren", "alle betrokkenen te informeren", Dutch), LabelJoiner.Join("role_prefix", "interne contactpersoon", Dutch)));
}
