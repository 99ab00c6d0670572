using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>Whether a result value exists.</summary>
public enum ValueStatus
{
    /// <summary>The value was computed.</summary>
    Ok,
    /// <summary>No rows (or no non-empty values) in the period: no data, which is not 0.</summary>
    NoData,
    /// <summary>The rule could not be evaluated; see the diagnostics.</summary>
    Error,
}
