using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Testing.Running;

/// <summary>
/// The places and texts of tests as written, which the bound model does not keep: each expectation's text,
/// and the position of each inline table and cell (so a bad cell is reported at its line and column).
/// </summary>
internal sealed class TestSyntaxIndex
{
    private readonly Dictionary<string, TestSyntax> _tests = new(StringComparer.Ordinal);

    /// <summary>A test as written: its expectations' texts by location and its tables' places.</summary>
    /// <param name="Expectations">Expectation text (without <c>expect</c>) by <c>path:line:col</c>.</param>
    /// <param name="Tables">Per inline table in order: its place, and per row (the header first) each cell's place.</param>
    public sealed record TestSyntax(IReadOnlyDictionary<string, string> Expectations, IReadOnlyList<TablePlaces> Tables);

    /// <summary>Where an inline table and its cells are.</summary>
    /// <param name="Location">The table (its source name): <c>path:line:col</c>.</param>
    /// <param name="Cells">Per row (the header is row 0), each cell's <c>path:line:col</c>.</param>
    public sealed record TablePlaces(string Location, IReadOnlyList<IReadOnlyList<string>> Cells);

    /// <summary>Indexes the tests of <paramref name="files"/>.</summary>
    public TestSyntaxIndex(IEnumerable<ScoreFile> files)
    {
        foreach (var file in files)
        {
            var source = file.Source;
            foreach (var test in file.Declarations.OfType<TestDeclaration>())
            {
                var expectations = test.Items.OfType<ExpectItem>().ToDictionary(e => At(source, e.Span.Start), e => ExpectText(source, e), StringComparer.Ordinal);
                var tables = test.Items.OfType<TableItem>().Select(t => new TablePlaces(At(source, t.Span.Start),
                    t.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => At(source, c.Span.Start)).ToList()).ToList())).ToList();
                _tests.TryAdd(At(source, test.Span.Start), new TestSyntax(expectations, tables));
            }
        }
    }

    /// <summary>The test declared at <paramref name="location"/>, or null.</summary>
    public TestSyntax? Find(RuleLocation location) => _tests.GetValueOrDefault(location.ToString());

    private static string At(SourceText source, int offset)
    {
        var position = source.GetPosition(offset);
        return $"{source.Path}:{position.Line}:{position.Column}";
    }

    private static string ExpectText(SourceText source, ExpectItem e)
    {
        var text = source.Slice(e.Span).Trim();
        if (text.StartsWith("expect", StringComparison.Ordinal)) text = text["expect".Length..].TrimStart();
        return string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
    }
}
