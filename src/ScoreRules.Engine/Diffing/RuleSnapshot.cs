using ScoreRules.Language.Text;

namespace ScoreRules.Engine.Diffing;

/// <summary>The rule files of a repository at one git revision, held in memory.</summary>
/// <param name="Revision">The revision as the user wrote it (e.g. <c>origin/main</c>, <c>HEAD~1</c>).</param>
/// <param name="Commit">The commit it names (40 hex digits).</param>
/// <param name="Files">Every <c>.score</c> file of the repository at that commit, so that imports resolve;
/// paths are shown the way the user's rules path is written (e.g. <c>rules/std/metrics.score</c>).</param>
/// <param name="Roots">The paths (as in <paramref name="Files"/>) of the files under the rules path: the ones to check; empty when there are none at that revision.</param>
public sealed record RuleSnapshot(string Revision, string Commit, IReadOnlyList<SourceText> Files, IReadOnlyList<string> Roots);
