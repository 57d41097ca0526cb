using JobDescGen.Rendering;
using Xunit;

namespace JobDescGen.Tests.Rendering;

public sealed class LabelJoinerTests
{
    private static readonly LanguagePack Dutch = new("nl", new Dictionary<string, string> { ["in_order_to"] = "teneinde", ["role_prefix"] = "Als" }, []);

    // The built-in French labels: the elided forms and the list of words with an aspirated h.
    private static readonly LanguagePack French = LanguagePackLoader.Load("fr", null, new JobDescGen.Diagnostics.DiagnosticBag())!;

    [Theory]
    [InlineData("assurer la qualité", "plannifier afin d'assurer la qualité")]
    [InlineData("éviter les retards", "plannifier afin d'éviter les retards")]
    [InlineData("Informer les clients", "plannifier afin d'Informer les clients")]
    [InlineData("garantir la qualité", "plannifier afin de garantir la qualité")]
    [InlineData("hausser le niveau", "plannifier afin de hausser le niveau")]
    [InlineData("harmoniser les procédures", "plannifier afin d'harmoniser les procédures")]
    [InlineData("honorer les engagements", "plannifier afin d'honorer les engagements")]
    [InlineData("hiérarchiser les priorités", "plannifier afin de hiérarchiser les priorités")]
    [InlineData("Haut niveau", "plannifier afin de Haut niveau")]
    public void French_elides_the_connector_before_a_vowel_or_a_mute_h(string aim, string expected) =>
        Assert.Equal(expected, LabelJoiner.Statement(new("plannifier", aim), French));

    [Fact]
    public void French_elides_the_role_prefix() =>
        Assert.Equal(("En tant qu'exécutant", "En tant que coach"), (LabelJoiner.Join("role_prefix", "exécutant", French), LabelJoiner.Join("role_prefix", "coach", French)));

    [Fact]
    public void Dutch_never_elides() =>
        Assert.Equal(("taken uitvoeren teneinde alle betrokkenen te informeren", "Als interne contactpersoon"), (LabelJoiner.Statement(new("taken uitvoeren", "alle betrokkenen te informeren"), Dutch), LabelJoiner.Join("role_prefix", "interne contactpersoon", Dutch)));

    [Fact]
    public void Without_a_list_of_aspirated_words_every_h_is_mute()
    {
        var bare = new LanguagePack("fr", new Dictionary<string, string> { ["in_order_to"] = "afin de", ["in_order_to_elided"] = "afin d'" }, []);

        Assert.Equal("agir afin d'hausser", LabelJoiner.Statement(new("agir", "hausser"), bare));
    }

    [Theory]
    [InlineData(2026, 12, 1, "1er décembre 2026")]
    [InlineData(2026, 12, 2, "2 décembre 2026")]
    public void French_dates_write_the_first_of_the_month_as_an_ordinal(int year, int month, int day, string expected) =>
        Assert.Equal(expected, French.LongDate(new DateOnly(year, month, day)));

    [Fact]
    public void French_page_numbers_read_page_2_sur_3() =>
        Assert.Equal("Page 2 sur 3", French.PageLabel(2, 3));
}
