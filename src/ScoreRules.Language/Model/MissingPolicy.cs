namespace ScoreRules.Language.Model;

/// <summary>What a scorecard does with a metric that has no data in a period.</summary>
public enum MissingPolicy
{
    /// <summary>Leave the metric out and spread its weight over the metrics that have data (the default).</summary>
    Reweight,
    /// <summary>Score the metric 0.</summary>
    Zero,
    /// <summary>Stop: the person's result is an error naming the metric.</summary>
    Fail,
}
