using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary>Binds a <c>source</c> declaration: fields, key, person, at, keep rule, reading options.</summary>
internal static class SourceBinder
{
    /// <summary>
    /// The source model. <c>person = col</c> and <c>at = col</c> name a field of the source, or a column;
    /// a column that no field maps becomes a text (person) or datetime (at) field of the same name.
    /// </summary>
    public static SourceModel Bind(SourceDeclaration s, ExpressionBinder b)
    {
        var items = s.Items;
        var fields = items.OfType<FieldItem>().Select(BindField).ToList();

        string FieldFor(ColumnBinding binding, FieldType type, string name)
        {
            var column = binding.Column.Text;
            var byName = fields.FirstOrDefault(f => f.Name == column);
            if (byName is not null) return byName.Name;
            var byColumn = fields.FirstOrDefault(f => f.Column == column);
            if (byColumn is not null) return byColumn.Name;
            fields.Add(new FieldModel(name, type, false, null, column, null));
            return name;
        }

        var key = items.OfType<ColumnBinding>().FirstOrDefault(c => c.Keyword == "key");
        var person = items.OfType<ColumnBinding>().FirstOrDefault(c => c.Keyword == "person");
        var at = items.OfType<ColumnBinding>().FirstOrDefault(c => c.Keyword == "at");
        string? keyField = null;
        if (key is not null)
        {
            keyField = key.Field?.Text ?? "key";
            if (fields.All(f => f.Name != keyField)) fields.Add(new FieldModel(keyField, FieldType.Text, false, null, key.Column.Text, null));
        }
        var personField = person is null ? "person" : FieldFor(person, FieldType.Text, "person");
        var atField = at is null ? null : FieldFor(at, FieldType.DateTime, "at");
        var keep = items.OfType<KeepItem>().FirstOrDefault() is { } k
            ? new KeepRule(k.Which.Text == "last", k.OrderBy.Select(c => c.Text).ToList())
            : null;
        var path = s.Path.Value;
        var format = PolicyBinder.Word(items, "format") switch
        {
            "json" => SourceFormat.Json,
            "jsonl" => SourceFormat.JsonLines,
            "xlsx" => SourceFormat.Xlsx,
            "csv" => SourceFormat.Csv,
            _ => Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".json" => SourceFormat.Json,
                ".jsonl" or ".ndjson" => SourceFormat.JsonLines,
                ".xlsx" => SourceFormat.Xlsx,
                _ => SourceFormat.Csv,
            },
        };
        var missing = items.OfType<MissingMarkersItem>().SelectMany(m => m.Markers).Select(m => m.Value).ToList();
        return new SourceModel(s.Id.Text, path, format,
            PolicyBinder.Text(items, "encoding") ?? "utf-8",
            PolicyBinder.Text(items, "delimiter") ?? ",",
            PolicyBinder.Text(items, "sheet"),
            missing.Count > 0 ? missing : [""],
            PolicyBinder.Word(items, "on error") == "skip",
            keyField, keep, personField, atField, fields, b.Locate(s));
    }

    /// <summary>
    /// A field; its range only when the field is a number (the checker reports a range on any other, SR2025),
    /// its expected values only when it is text (SR2029 on any other).
    /// </summary>
    private static FieldModel BindField(FieldItem f)
    {
        var type = ParseType(f.Type.Text);
        var range = type is FieldType.Int or FieldType.Number ? f.Range : null;
        return new FieldModel(f.Field.Text, type, f.Optional, f.Format?.Value, f.Column?.Text ?? f.Field.Text,
            f.Map?.ToDictionary(m => m.From.Value, m => ConstantOf(m.To), StringComparer.Ordinal))
        {
            Minimum = range?.Min.Value,
            Maximum = range?.Max.Value,
            Expected = type == FieldType.Text && f.Expected is { } expected ? expected.Values.Select(v => v.Value).Distinct(StringComparer.Ordinal).ToList() : null,
        };
    }

    /// <summary>The field type named by a type word.</summary>
    public static FieldType ParseType(string word) => word switch
    {
        "int" => FieldType.Int,
        "number" => FieldType.Number,
        "bool" => FieldType.Bool,
        "date" => FieldType.Date,
        "datetime" => FieldType.DateTime,
        _ => FieldType.Text,
    };

    private static object? ConstantOf(Expression e) => e switch
    {
        NumberExpression n => n.Value,
        StringExpression s => s.Value,
        BooleanExpression b => b.Value,
        UnaryExpression { Operator: UnaryOperator.Negate, Operand: NumberExpression n } => -n.Value,
        _ => null,
    };
}
