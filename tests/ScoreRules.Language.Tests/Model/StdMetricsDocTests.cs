using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Tests.Formatting;

namespace ScoreRules.Language.Tests.Model;

/// <summary>
/// docs/metrics.md describes every metric of rules/std/metrics.score under a heading "### id — title",
/// followed by its formula exactly as the library writes it (and its <c>at</c> line when it has one).
/// These tests keep the page and the library from drifting apart.
/// </summary>
public class StdMetricsDocTests
{
    private static IReadOnlyList<MetricModel> StdMetrics()
    {
        var root = RepositoryFiles.Root();
        var files = new[] { "rules/std/metrics.score", "rules/std/sources.score" }
            .Select(p => ScoreParser.ParseFile(Path.Combine(root, p), p))
            .ToList();
        files.ShouldAllBe(f => !f.HasErrors);
        return PolicyBinder.Bind(files.Select(f => f.Tree).ToList()).Metrics;
    }

    private static string Doc() =>
        File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "docs", "metrics.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Every_std_metric_has_a_section_with_its_formula_as_written()
    {
        var doc = Doc();
        var metrics = StdMetrics();
        metrics.Count.ShouldBe(14);
        foreach (var metric in metrics)
        {
            var heading = $"### {metric.Id} — {metric.Title}\n";
            doc.ShouldContain(heading, customMessage: $"docs/metrics.md has no section for {metric.Id}");
            var section = doc[doc.IndexOf(heading, StringComparison.Ordinal)..];
            section = section[..(section.IndexOf("\n### ", heading.Length, StringComparison.Ordinal) is var end and > 0 ? end : section.Length)];
            var code = "```\nvalue " + metric.Formula + "\n" + (metric.AtField is { } at ? $"at {at}\n" : "") + "```";
            section.ShouldContain(code, customMessage: $"the formula of {metric.Id} in docs/metrics.md differs from rules/std");
        }
    }

    [Fact]
    public void The_page_has_no_section_for_a_metric_the_library_lacks()
    {
        var ids = StdMetrics().Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var documented = Doc().Split('\n')
            .Where(l => l.StartsWith("### ", StringComparison.Ordinal) && l.Contains(" — ", StringComparison.Ordinal))
            .Select(l => l[4..l.IndexOf(" — ", StringComparison.Ordinal)])
            .ToList();
        documented.ShouldBe(documented.Distinct().ToList());
        documented.Where(id => !ids.Contains(id)).ShouldBeEmpty();
    }
}
