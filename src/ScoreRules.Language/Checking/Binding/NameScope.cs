namespace ScoreRules.Language.Checking.Binding;

/// <summary>What bare names in an expression refer to.</summary>
internal abstract record NameScope;

/// <summary>
/// Metrics, rated items and bonuses (a metric's value outside aggregations, <c>improve … when</c>,
/// <c>alert … when</c>). <c>change(metric)</c> is allowed here.
/// </summary>
internal sealed record MeasureNames : NameScope;

/// <summary>The fields of one source's row (inside an aggregation, a <c>where</c>, a rated item's <c>from</c>).</summary>
/// <param name="Source">The source.</param>
internal sealed record RowNames(SourceInfo Source) : NameScope;

/// <summary>The fields of the people lists (sources without <c>at</c>), for a scorecard's <c>for</c>.</summary>
internal sealed record RosterNames : NameScope;

/// <summary>Names that cannot be checked because their source is unknown (already reported).</summary>
internal sealed record OpaqueNames : NameScope;
