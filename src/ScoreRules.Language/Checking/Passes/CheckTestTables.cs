using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Checks the inline tables of tests: the source exists (SR2001); each header cell names a field
/// of the source, its key field or <c>person</c> (SR2012 otherwise: the column is not mapped),
/// once (SR2002); the table has a <c>person</c> column and each row as many cells as the header (SR2020).
/// </summary>
internal sealed class CheckTestTables : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "test-tables";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (test, source) in context.Scope.OfType<TestDeclaration>())
            foreach (var table in test.Items.OfType<TableItem>())
                CheckTable(context, table, source);
    }

    private static void CheckTable(CheckContext context, TableItem table, SourceText source)
    {
        if (!context.Symbols.Sources.TryGetValue(table.Source.Text, out var src))
        {
            context.ReportWithHint(DiagnosticDescriptors.UnknownName, source, table.Source.Span,
                Suggestions.DidYouMean(table.Source.Text, context.Symbols.Sources.Keys), $"unknown source `{table.Source.Text}`");
            return;
        }
        if (table.Rows.Count == 0) return;
        var header = table.Rows[0];
        var seen = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var cell in header.Cells)
        {
            if (seen.TryGetValue(cell.Text, out var first))
            {
                context.Report(DiagnosticDescriptors.DuplicateName, source, cell.Span, "column", cell.Text,
                    $" in this table at {Wording.At(source, source, first)}");
                continue;
            }
            seen.Add(cell.Text, cell.Span);
            if (src.Fields.ContainsKey(cell.Text) && cell.Text != "at") continue;
            if (src.Columns.GetValueOrDefault(cell.Text) is { } mapped && mapped != "at")
                context.ReportWithHint(DiagnosticDescriptors.UnmappedColumn, source, cell.Span, $"write `{mapped}`",
                    $"`{cell.Text}` is a column of `{src.FileName}`; test tables name the fields of source `{src.Name}`, and this column is read into `{mapped}`");
            else
                context.ReportWithHint(DiagnosticDescriptors.UnmappedColumn, source, cell.Span,
                    Suggestions.DidYouMean(cell.Text, src.Fields.Keys.Where(k => k != "at")),
                    $"column `{cell.Text}` of this table is not mapped to a field of source `{src.Name}`");
        }
        if (src.Fields.ContainsKey("person") && !seen.ContainsKey("person"))
            context.ReportWithHint(DiagnosticDescriptors.MissingPart, source, header.Span, "add a `person` column",
                $"the table for `{src.Name}` has no `person` column, so its rows belong to nobody");
        for (var i = 1; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row.Cells.Count != header.Cells.Count)
                context.Report(DiagnosticDescriptors.MissingPart, source, row.Span,
                    $"this row has {Wording.Count(row.Cells.Count, "cell", "cells")}, but the header has {Wording.Count(header.Cells.Count, "column", "columns")}");
        }
    }
}
