namespace ScoreRules.Testing.Coverage;

/// <summary>The kinds of rule a test can exercise.</summary>
public enum CoverageKind
{
    /// <summary>A scorecard, exercised when it is chosen for some person.</summary>
    Scorecard,
    /// <summary>A metric weighted in a scorecard or watched by an improve rule, exercised when some person has a value (data, not "no data").</summary>
    Metric,
    /// <summary>A rated (BARS) item, exercised when some person gets a level.</summary>
    Rated,
    /// <summary>One band of a <c>bands</c> score rule, exercised when some person's value falls in it.</summary>
    Band,
    /// <summary>The <c>max</c> of a bonus listed by a scorecard, exercised when some person earns more than it.</summary>
    BonusCap,
    /// <summary>An improve (PDCA) rule, exercised when it fires for some person.</summary>
    Improve,
    /// <summary>An alert rule, exercised when it is raised for some person.</summary>
    Alert,
}
