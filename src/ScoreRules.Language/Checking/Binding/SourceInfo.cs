using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Binding;

/// <summary>A field of a source as expressions see it.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Span">Where it is declared.</param>
internal sealed record FieldInfo(string Name, ScoreType Type, TextSpan Span);

/// <summary>
/// The names a source offers to expressions: its fields, its key field, <c>person</c> and <c>at</c>,
/// and the columns it reads (to tell "a column, not a field" apart from an unknown name).
/// </summary>
internal sealed class SourceInfo
{
    private SourceInfo(Located<SourceDeclaration> declaration)
    {
        Declaration = declaration;
    }

    /// <summary>The source declaration.</summary>
    public Located<SourceDeclaration> Declaration { get; }

    /// <summary>The source's name.</summary>
    public string Name => Declaration.Node.Id.Text;

    /// <summary>The data file's name.</summary>
    public string FileName => Declaration.Node.Path.Value;

    /// <summary>Fields by name (first declaration wins), including the key field, <c>person</c> and <c>at</c>.</summary>
    public Dictionary<string, FieldInfo> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Columns read by the source, with the field each one is read into (null when it is not read into any).</summary>
    public Dictionary<string, string?> Columns { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the source has an <c>at</c> column: its rows fall into periods. Without, it is a list (e.g. of people).</summary>
    public bool HasAt { get; private set; }

    /// <summary>Builds the names of a source.</summary>
    public static SourceInfo From(Located<SourceDeclaration> declaration)
    {
        var info = new SourceInfo(declaration);
        var items = declaration.Node.Items;
        foreach (var field in items.OfType<FieldItem>())
        {
            info.Fields.TryAdd(field.Field.Text, new FieldInfo(field.Field.Text, ScoreTypeWords.FromFieldType(field.Type.Text), field.Field.Span));
            info.Columns.TryAdd(field.Column?.Text ?? field.Field.Text, field.Field.Text);
        }
        foreach (var binding in items.OfType<ColumnBinding>())
        {
            switch (binding.Keyword)
            {
                case "key" when binding.Field is { } keyField:
                    info.Fields.TryAdd(keyField.Text, new FieldInfo(keyField.Text, ScoreType.Text, keyField.Span));
                    info.Columns.TryAdd(binding.Column.Text, keyField.Text);
                    break;
                case "person":
                    info.Fields.TryAdd("person", new FieldInfo("person", ScoreType.Text, binding.Span));
                    info.Columns.TryAdd(binding.Column.Text, "person");
                    break;
                case "at":
                    info.HasAt = true;
                    var atType = items.OfType<FieldItem>()
                        .Where(f => (f.Column?.Text ?? f.Field.Text) == binding.Column.Text || f.Field.Text == binding.Column.Text)
                        .Select(f => ScoreTypeWords.FromFieldType(f.Type.Text))
                        .FirstOrDefault(ScoreType.DateTime);
                    info.Fields.TryAdd("at", new FieldInfo("at", atType, binding.Span));
                    info.Columns.TryAdd(binding.Column.Text, "at");
                    break;
            }
        }
        foreach (var keep in items.OfType<KeepItem>())
            foreach (var column in keep.OrderBy)
                info.Columns.TryAdd(column.Text, info.Fields.ContainsKey(column.Text) ? column.Text : null);
        return info;
    }
}
