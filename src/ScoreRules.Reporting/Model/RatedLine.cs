namespace ScoreRules.Reporting.Model;

/// <summary>A BARS-rated item of a person.</summary>
/// <param name="Name">The item's display name.</param>
/// <param name="Level">The weighted level with up to two decimals, or the "no data" label.</param>
/// <param name="Anchor">The anchor text of the level given, or "".</param>
/// <param name="Score">Points 0..100 with one decimal, or "—".</param>
/// <param name="Disagreement">True when two raters are further apart than the policy allows.</param>
/// <param name="Evidence">Each rating with its evidence, in the data's order.</param>
/// <param name="Weighted">True when the scorecard weighs the item (it then has a row in the metrics table).</param>
/// <param name="Weight">The weight written in the scorecard as a percent, or "—" when only reported.</param>
/// <param name="Contribution">Points contributed to the total (rounded with the metrics), or "—".</param>
public sealed record RatedLine(string Name, string Level, string Anchor, string Score, bool Disagreement, IReadOnlyList<EvidenceLine> Evidence,
    bool Weighted, string Weight, string Contribution);
