using ScoreRules.Language.Checking.Loading;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Checks the versions of a policy folder: one policy header per file (SR2002); with several
/// versions, each names its <c>version</c> and <c>effective</c> range (SR2020) and versions are
/// distinct (SR2002); no two versions are in effect on the same day (SR2009, naming both); and
/// no day between the first and the last version is left without one (SR2010, a warning).
/// </summary>
internal sealed class CheckVersions : ISetPass
{
    /// <inheritdoc/>
    public string Name => "versions";

    private sealed record Version(string Label, PolicyDeclaration Header, SourceText Source, EffectiveItem? Effective);

    /// <inheritdoc/>
    public void Run(PolicySetModel set, List<Diagnostic> diagnostics)
    {
        var versions = new List<Version>();
        foreach (var file in set.Roots)
        {
            var headers = file.Headers.ToList();
            var source = file.Tree.Source;
            foreach (var extra in headers.Skip(1))
                diagnostics.Add(DiagnosticDescriptors.DuplicateName.Create(source, extra.Title.Span, "policy header", extra.Title.Value,
                    $" in this file at {Wording.At(source, source, headers[0].Title.Span)}; each version of a policy goes in a file of its own")
                    .WithHint("move this version to its own file in the same folder"));
            if (headers.Count == 0) continue;
            var header = headers[0];
            versions.Add(new Version(PolicySetModel.Label(file), header, source, header.Items.OfType<EffectiveItem>().FirstOrDefault()));
        }
        if (versions.Count < 2) return;

        var labels = new Dictionary<string, Version>(StringComparer.Ordinal);
        foreach (var v in versions)
        {
            var hasVersion = v.Header.Items.Any(i => i is TextSetting { Keyword: "version" });
            if (!hasVersion)
                diagnostics.Add(DiagnosticDescriptors.MissingPart.Create(v.Source, v.Header.Title.Span,
                    $"this policy header has no `version`, but the folder holds {versions.Count} versions").WithHint("add e.g. `version \"2026-Q2\"`"));
            else if (labels.TryGetValue(v.Label, out var first))
                diagnostics.Add(DiagnosticDescriptors.DuplicateName.Create(v.Source, VersionSpan(v), "version", v.Label,
                    " at " + Wording.At(v.Source, first.Source, VersionSpan(first))));
            else labels.Add(v.Label, v);
            if (v.Effective is null)
                diagnostics.Add(DiagnosticDescriptors.MissingPart.Create(v.Source, v.Header.Title.Span,
                    $"version `{v.Label}` has no `effective` range, but the folder holds {versions.Count} versions, so each must say when it applies")
                    .WithHint("add e.g. `effective 2026-04-01 .. 2026-06-30`"));
        }

        var ranged = versions.Where(v => v.Effective is { } e && e.From.Value <= e.To.Value
                && !Parsing.Terminals.IsInvalidDate(e.From.Value) && !Parsing.Terminals.IsInvalidDate(e.To.Value))
            .OrderBy(v => v.Effective!.From.Value).ThenBy(v => v.Source.Path, StringComparer.Ordinal).ToList();
        for (var j = 1; j < ranged.Count; j++)
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (ranged[i], ranged[j]);
                var (aFrom, aTo, bFrom, bTo) = (a.Effective!.From.Value, a.Effective.To.Value, b.Effective!.From.Value, b.Effective.To.Value);
                if (bFrom > aTo) continue;
                var overlapEnd = aTo < bTo ? aTo : bTo;
                diagnostics.Add(DiagnosticDescriptors.EffectiveOverlap.Create(b.Source, b.Effective.Span,
                    $"version `{b.Label}` ({bFrom:yyyy-MM-dd} .. {bTo:yyyy-MM-dd}) overlaps version `{a.Label}` ({aFrom:yyyy-MM-dd} .. {aTo:yyyy-MM-dd}, {Wording.At(b.Source, a.Source, a.Effective.Span)}) " +
                    $"from {bFrom:yyyy-MM-dd} to {overlapEnd:yyyy-MM-dd}: on those days it is unclear which applies")
                    .WithHint($"let one version end the day before the other starts, e.g. `effective {aTo.AddDays(1):yyyy-MM-dd} .. {bTo:yyyy-MM-dd}`"));
            }
        var coveredTo = ranged.Count > 0 ? ranged[0].Effective!.To.Value : default;
        var last = ranged.FirstOrDefault();
        foreach (var v in ranged.Skip(1))
        {
            var (from, to) = (v.Effective!.From.Value, v.Effective.To.Value);
            if (from > coveredTo.AddDays(1))
                diagnostics.Add(DiagnosticDescriptors.EffectiveGap.Create(v.Source, v.Effective.Span,
                    $"no version is in effect from {coveredTo.AddDays(1):yyyy-MM-dd} to {from.AddDays(-1):yyyy-MM-dd}: version `{last!.Label}` ends {coveredTo:yyyy-MM-dd} and version `{v.Label}` starts {from:yyyy-MM-dd}")
                    .WithHint($"let `{v.Label}` start on {coveredTo.AddDays(1):yyyy-MM-dd}, or add a version for those days"));
            if (to > coveredTo)
            {
                coveredTo = to;
                last = v;
            }
        }
    }

    private static TextSpan VersionSpan(Version v) =>
        v.Header.Items.OfType<TextSetting>().FirstOrDefault(t => t.Keyword == "version")?.Value.Span ?? v.Header.Title.Span;
}
