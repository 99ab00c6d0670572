using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Formatting;

/// <summary>
/// Prints one statement of a block on one line, e.g. <c>target &gt;= 85%</c>,
/// <c>score linear { 3.5 -&gt; 0, 4.5 -&gt; 100 }</c>,
/// <c>dimension customer "客戶體驗" { csat 30%, ces 20% }</c>,
/// <c>grades { A &gt;= 90 "卓越"; B &gt;= 75 "良好"; D else "待改進" }</c>.
/// Inline tables span several lines and are laid out by <see cref="TablePrinter"/> instead.
/// </summary>
/// <param name="source">The file's text, to read back the spelling of <c>24:00</c>.</param>
internal sealed class ItemPrinter(SourceText source)
{
    /// <summary>The canonical one-line text of <paramref name="item"/>.</summary>
    /// <exception cref="ArgumentException">A node type this printer does not know, or a table.</exception>
    public string Print(Item item) => item switch
    {
        TextSetting t => $"{t.Keyword} {Quote(t.Value)}",
        WordSetting { Keyword: "check" } w => $"check {Name(w.Value)} next period",
        WordSetting w => $"{w.Keyword} {Name(w.Value)}",
        EffectiveItem e => $"effective {LiteralPrinter.Date(e.From.Value)} .. {LiteralPrinter.Date(e.To.Value)}",
        GradesItem g => "grades " + Braced(g.Grades.Select(Grade), "; "),
        HoursItem h => WithList("hours", h.Groups.Select(Hours)),
        HolidaysItem h => WithList("holidays", h.Days.Select(Days)),
        FieldItem f => Field(f),
        ColumnBinding { Field: { } field } b => $"{b.Keyword} {Name(field)} = {Name(b.Column)}",
        ColumnBinding b => $"{b.Keyword} = {Name(b.Column)}",
        KeepItem k => WithList($"keep {Name(k.Which)} by", k.OrderBy.Select(Name)),
        MissingMarkersItem m => WithList("missing", m.Markers.Select(Quote)),
        CSharpValueItem c => "value csharp " + Quote(c.Code),
        ValueItem v => "value " + ExpressionPrinter.Print(v.Value),
        TargetItem t => Target(t),
        ScoreItem s => "score " + ScoreRule(s.Rule),
        ScaleLevel l => $"{LiteralPrinter.Number(l.Level)} {Quote(l.Anchor)}",
        FromItem { Where: { } where } f => $"from {Name(f.Source)} where {ExpressionPrinter.Print(where)}",
        FromItem f => "from " + Name(f.Source),
        RatersItem r => WithList("raters", r.Raters.Select(x => $"{Name(x.Role)} {LiteralPrinter.Number(x.Weight)}")),
        NumberSetting n => $"{n.Keyword} {LiteralPrinter.Number(n.Value)}",
        DimensionItem d => Dimension(d),
        BonusListItem b => WithList("bonus", b.Bonuses.Select(Name)),
        DoItem d => Do(d),
        ExpectItem e => Expect(e),
        _ => throw new ArgumentException($"no one-line form for {item.GetType().Name}", nameof(item)),
    };

    private static string Quote(StringLiteral literal) => LiteralPrinter.Quote(literal.Value);

    private static string Name(Name name) => LiteralPrinter.Name(name);

    private static string Title(StringLiteral? title) => title is null ? "" : " " + Quote(title);

    /// <summary><c>keyword a, b, c</c>, or the bare keyword when the list is empty (no trailing blank).</summary>
    private static string WithList(string keyword, IEnumerable<string> parts)
    {
        var list = string.Join(", ", parts);
        return list.Length == 0 ? keyword : keyword + " " + list;
    }

    /// <summary><c>{ a, b }</c>, or <c>{ }</c> when empty.</summary>
    private static string Braced(IEnumerable<string> parts, string separator = ", ")
    {
        var list = string.Join(separator, parts);
        return list.Length == 0 ? "{ }" : "{ " + list + " }";
    }

    private static string Grade(GradeRule grade)
    {
        var rule = grade.Minimum is null ? "else" : ">= " + LiteralPrinter.Number(grade.Minimum);
        return $"{Name(grade.Grade)} {rule}{Title(grade.Label)}";
    }

    private string Hours(WorkingHours group)
    {
        var days = group.LastDay is null ? Name(group.FirstDay) : $"{Name(group.FirstDay)}..{Name(group.LastDay)}";
        return days + " " + string.Join(", ", group.Times.Select(TimeRange));
    }

    private string TimeRange(TimeRange range)
    {
        // The tree reads "24:00" as midnight; keep the author's spelling of either end.
        var written = source.Slice(range.Span);
        var start = new string([.. written.TakeWhile(c => char.IsAsciiDigit(c) || c == ':')]);
        var end = new string([.. written.Reverse().TakeWhile(c => char.IsAsciiDigit(c) || c == ':').Reverse()]);
        return LiteralPrinter.Time(range.Start, start) + "-" + LiteralPrinter.Time(range.End, end);
    }

    private static string Days(DateRange range) =>
        range.To is { } to ? $"{LiteralPrinter.Date(range.From)} .. {LiteralPrinter.Date(to)}" : LiteralPrinter.Date(range.From);

    private static string Field(FieldItem field)
    {
        var text = $"{Name(field.Field)}: {Name(field.Type)}{(field.Optional ? "?" : "")}{Title(field.Format)}";
        if (field.Column is not null) text += " = " + Name(field.Column);
        if (field.Range is not null) text += $" in {LiteralPrinter.Number(field.Range.Min)} .. {LiteralPrinter.Number(field.Range.Max)}";
        if (field.Map is not null)
            text += " map " + Braced(field.Map.Select(m => $"{Quote(m.From)} -> {ExpressionPrinter.Print(m.To)}"));
        if (field.Expected is not null)
            text += " expect [" + string.Join(", ", field.Expected.Values.Select(Quote)) + "]";
        return text;
    }

    private static string Target(TargetItem target)
    {
        var text = $"target {target.Operator.ToSymbol()} {LiteralPrinter.Number(target.Value)}";
        return target.Unit is null ? text : text + " " + Name(target.Unit);
    }

    private static string ScoreRule(ScoreRule rule) => rule switch
    {
        LinearScore l => "linear " + Braced(l.Points.Select(p => $"{LiteralPrinter.Number(p.Value)} -> {LiteralPrinter.Number(p.Score)}")),
        BandsScore b => "bands " + Braced(b.Bands.Select(Band)),
        MetScore => "met",
        CSharpScore c => "csharp " + Quote(c.Code),
        _ => throw new ArgumentException($"unknown score rule {rule.GetType().Name}", nameof(rule)),
    };

    private static string Band(ScoreBand band)
    {
        var condition = band.Operator is { } op && band.Bound is not null
            ? $"{op.ToSymbol()} {LiteralPrinter.Number(band.Bound)}"
            : "else";
        return $"{condition} -> {LiteralPrinter.Number(band.Score)}";
    }

    private static string Dimension(DimensionItem dimension) =>
        $"dimension {Name(dimension.Id)}{Title(dimension.Title)} " +
        Braced(dimension.Weights.Select(w => $"{Name(w.Metric)} {LiteralPrinter.Number(w.Weight)}"));

    private static string Do(DoItem step)
    {
        var text = "do " + Quote(step.Action);
        if (step.Within is not null) text += " within " + LiteralPrinter.Duration(step.Within.Amount, step.Within.Unit);
        if (step.Owner is not null) text += " owner " + Name(step.Owner);
        return text;
    }

    private static string Expect(ExpectItem expect)
    {
        var text = "expect " + ExpressionPrinter.Print(expect.Condition);
        if (expect.Approximately is null || expect.Tolerance is null) return text;
        return $"{text} ≈ {ExpressionPrinter.Print(expect.Approximately)} ± {LiteralPrinter.Number(expect.Tolerance)}";
    }
}
