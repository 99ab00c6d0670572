namespace ScoreRules.Language.Checking;

/// <summary>Options of <see cref="PolicyChecker.Check(IEnumerable{string}, CheckOptions?)"/>.</summary>
public sealed record CheckOptions
{
    /// <summary>Report warnings as errors (<c>--warnaserror</c>).</summary>
    public bool WarningsAsErrors { get; init; }
}
