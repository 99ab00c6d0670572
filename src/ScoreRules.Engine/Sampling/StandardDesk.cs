using System.Reflection;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Model;
using ScoreRules.Language.Text;

namespace ScoreRules.Engine.Sampling;

/// <summary>
/// The built-in policy of a standard service desk, for sample data without rules: the standard sources
/// and metrics (the same files as <c>rules/std</c>, built into the library), a first-line and a
/// second-line scorecard, an explanation-clarity rating and an innovation bonus. Time zone UTC.
/// </summary>
public static class StandardDesk
{
    private const string Prefix = "ScoreRules.Engine.Sampling.";

    /// <summary>The bound standard desk policy.</summary>
    /// <exception cref="InvalidOperationException">The built-in rules do not check clean (a defect of the library, caught by its tests).</exception>
    public static PolicyModel Load()
    {
        var texts = new[]
        {
            new SourceText("std/metrics.score", Read("std.metrics.score")),
            new SourceText("std/sources.score", Read("std.sources.score")),
            new SourceText("desk/desk.score", Read("StandardDesk.score")),
        };
        var check = PolicyChecker.Check(texts);
        if (check.HasErrors)
            throw new InvalidOperationException("the built-in standard desk rules have errors: " +
                string.Join("; ", check.Diagnostics.Select(d => d.Message)));
        var desk = check.PolicySets.Single(s => s.Folder == "desk");
        return PolicyBinder.Bind(desk.Versions.Single());
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"the resource {name} is not built into the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
