using ScoreRules.Language.Checking.Passes;

namespace ScoreRules.Language.Checking;

/// <summary>The checker's passes, in the order they run.</summary>
internal static class CheckPasses
{
    /// <summary>Passes run once per policy set (folder), before the version passes.</summary>
    public static IReadOnlyList<ISetPass> SetPasses { get; } =
    [
        new CheckVersions(),          // only needs the policy headers of the folder's own files
    ];

    /// <summary>Passes run once per policy version, in this order.</summary>
    public static IReadOnlyList<ICheckPass> VersionPasses { get; } =
    [
        new DeclareNames(),           // first: fills the symbol table every later pass looks names up in
        new CheckDuplicateSettings(), // syntax only; any position
        new CheckRequiredParts(),     // syntax only; any position
        new CheckSettings(),          // syntax only; any position
        new CheckHolidays(),          // syntax only; any position
        new CheckFieldRanges(),       // syntax only; any position
        new CheckExpectedValues(),    // syntax only; any position
        new BindExpressions(),        // after declare-names; records measure facts (type, unit, range)
        new CheckUnits(),             // after bind-expressions: needs each value's inferred unit
        new CheckScoreRules(),        // after bind-expressions: band gaps use each value's range
        new CheckScales(),            // after declare-names: resolves scales
        new ResolveExtends(),         // after declare-names; records scorecards with inheritance applied
        new CheckScorecards(),        // after extends: weights and dimensions are checked as inherited
        new CheckGrades(),            // syntax only; any position
        new CheckImprovePlans(),      // after declare-names
        new CheckSmart(),             // syntax only; any position
        new CheckCsatDefinition(),    // syntax only; any position
        new CheckTestTables(),        // after declare-names: needs each source's fields
        new CheckExpectations(),      // after declare-names: needs the measures' names
    ];
}
