namespace ScoreRules.Language.Model;

/// <summary>A behaviourally anchored rating scale (BARS).</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name.</param>
/// <param name="Levels">Level number (1, 2, …) and its behavioural anchor.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record ScaleModel(string Id, string Title, IReadOnlyList<(int Level, string Anchor)> Levels, RuleLocation Location);
