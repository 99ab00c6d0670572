using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A duration literal such as <c>30 days</c> or <c>4 hours</c>.</summary>
/// <param name="Amount">How many units.</param>
/// <param name="Unit">The unit word as written, normalised to plural: minutes, hours, days or weeks.</param>
/// <param name="Span">Where it is.</param>
public sealed record DurationExpression(decimal Amount, string Unit, TextSpan Span) : Expression(Span)
{
    /// <summary>The duration in minutes (a day is 24 hours of calendar time here).</summary>
    public decimal TotalMinutes => Amount * Unit switch { "minutes" => 1m, "hours" => 60m, "days" => 1440m, _ => 10080m };
}
