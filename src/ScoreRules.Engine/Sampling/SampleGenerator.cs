using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>
/// Generates realistic, deterministic sample data for a policy: a file for every source its results
/// read, with a column for every field, values of the field's type and format, written in the source's
/// encoding. The desk is simulated month by month (people staffed for the policy's scorecards; tickets,
/// surveys, training, certificates, knowledge articles, BARS ratings, bonus claims and timesheets as
/// the sources need them); then edge cases are added (see <see cref="SampleDataSet.Notes"/>). The same
/// policy, options and seed give the same files, byte for byte, on every machine.
/// </summary>
public static class SampleGenerator
{
    /// <summary>Generates data for <paramref name="versions"/> of one policy (each month uses the version in force).</summary>
    /// <param name="versions">The policy's versions (from <see cref="Loading.PolicyLoader.Load"/>); at least one.</param>
    /// <param name="options">How much data, which months, which seed.</param>
    /// <exception cref="ArgumentException"><paramref name="versions"/> is empty, or <paramref name="options"/> has <see cref="SampleOptions.Problems"/>.</exception>
    public static SampleDataSet Generate(IReadOnlyList<PolicyModel> versions, SampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(options);
        if (versions.Count == 0) throw new ArgumentException("at least one policy version is needed", nameof(versions));
        if (options.Problems() is { Count: > 0 } problems) throw new ArgumentException(string.Join("; ", problems), nameof(options));

        var first = options.Start.OnDayOfMonth(1).ToDateOnly();
        var last = options.Start.OnDayOfMonth(1).PlusMonths(options.Months).PlusDays(-1).ToDateOnly();
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToList();
        var inWindow = ordered.Where(v => v.EffectiveFrom <= last && v.EffectiveTo >= first).ToList();

        var context = new SampleContext(SamplePlanner.Plan(inWindow.Count > 0 ? inWindow : ordered), options);
        DeskSimulation.Run(context);
        EdgeCases.Inject(context);
        return SampleRenderer.Render(context);
    }

    /// <summary>Generates data for the built-in standard desk (<see cref="StandardDesk"/>), used when no rules are given.</summary>
    /// <exception cref="ArgumentException"><paramref name="options"/> has <see cref="SampleOptions.Problems"/>.</exception>
    public static SampleDataSet Generate(SampleOptions options) => Generate([StandardDesk.Load()], options);
}
