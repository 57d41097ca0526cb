namespace JobDescGen.Model;

/// <summary>An "action, in order to aim" statement ("... teneinde ..."): the purpose or a result area.</summary>
public sealed record Statement(LocalizedText Action, LocalizedText Aim);
