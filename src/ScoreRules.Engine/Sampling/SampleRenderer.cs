using System.Globalization;
using NodaTime;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>
/// Turns the simulated world into the text cells of each planned file: records in time order with
/// numbered keys, one cell per column from the record's values, the person's people row, the rules'
/// required values, or a plausible value of the field's type.
/// </summary>
internal sealed class SampleRenderer
{
    private readonly SampleContext _context;
    private readonly SampleRandom _random;
    private readonly Dictionary<SamplePerson, SampleRecord> _peopleRows = [];

    private SampleRenderer(SampleContext context)
    {
        _context = context;
        _random = new SampleRandom(context.Options.Seed, SampleStream.Cells);
    }

    /// <summary>The data set of <paramref name="context"/>'s world.</summary>
    public static SampleDataSet Render(SampleContext context) => new SampleRenderer(context).Render();

    private SampleDataSet Render()
    {
        var world = _context.World;
        foreach (var (kind, records) in world.Records.OrderBy(r => r.Key))
        {
            var sorted = Sorted(records, kind);
            records.Clear();
            records.AddRange(sorted);
            if (Prefix(kind) is { } prefix)
                for (var i = 0; i < records.Count; i++) records[i][Attr.Id] = Key(prefix, i, kind == FactKind.Ticket ? 6 : 5);
        }
        foreach (var person in world.People) _peopleRows[person] = PeopleRow(person);

        var files = new List<SampleFile>();
        var skipped = new List<string>();
        foreach (var file in _context.Plan.Files)
        {
            if (file.Source.Format == SourceFormat.Xlsx)
            {
                skipped.Add($"{file.Path} (source {string.Join(", ", file.Sources.Select(s => s.Id))}) is an Excel workbook; " +
                    "sample data is written as CSV, JSON or JSON Lines only");
                continue;
            }
            var records = file.Kind switch
            {
                FactKind.People => world.People.Select(p => _peopleRows[p]).ToList(),
                FactKind.Generic => Sorted(world.GenericRecords.GetValueOrDefault(file.Path) ?? [], FactKind.Generic),
                _ => world.Records.GetValueOrDefault(file.Kind) ?? [],
            };
            var rows = new List<IReadOnlyList<string>>();
            for (var i = 0; i < records.Count; i++)
                rows.Add(file.Columns.Select(c => Cell(file, c, records[i], i)).ToList());
            files.Add(new SampleFile(file.Path, file.Source.Format, file.Source.Encoding, file.Source.Delimiter,
                file.Sources.Select(s => s.Id).ToList(), file.Columns.Select(c => c.Column).ToList(), rows));
        }
        return new SampleDataSet(files, world.Notes.ToList(), skipped);
    }

    private SampleRecord PeopleRow(SamplePerson person)
    {
        var row = new SampleRecord(FactKind.People, person);
        row[Attr.Name] = person.Name;
        row[Attr.Team] = person.Team;
        row[Attr.Manager] = person.ManagerId;
        row[Attr.Role] = _context.Texts.DefaultRole;
        row[Attr.Email] = person.Id.ToLowerInvariant() + "@example.com";
        foreach (var (column, value) in person.Card?.PeopleValues ?? []) row.Fixed[column] = value;
        return row;
    }

    private string Cell(FilePlan file, ColumnPlan column, SampleRecord record, int index)
    {
        var value = Value(file, column, record, index);
        if (value is string text && column.Words.Count > 0 && column.Role is ColumnRole.Attribute or ColumnRole.Fallback
            && !record.Fixed.ContainsKey(column.Column) && !column.Words.Contains(text, StringComparer.Ordinal))
            value = column.Words[(int)(StableHash(text) % (uint)column.Words.Count)];
        // A field with an expect list only gets values from the list, so that sample data raises no SD105 warning.
        if (value is string said && column.Field.Expected is { Count: > 0 } expected && !record.Fixed.ContainsKey(column.Column)
            && !expected.Contains(said, StringComparer.Ordinal))
            value = expected[(int)(StableHash(said) % (uint)expected.Count)];
        if (value is null)
        {
            if (column.Attribute is Attr.Csat or Attr.Ces && !column.Required) return file.NoAnswer;
            if (!column.Required && (column.Role != ColumnRole.Fallback || _random.Chance(0.1))) return "";
            return Fallback(column, record);
        }
        return CellText.Format(value, column.Field, _context.Plan.Zone) ?? Fallback(column, record);
    }

    private object? Value(FilePlan file, ColumnPlan column, SampleRecord record, int index)
    {
        if (record.Fixed.TryGetValue(column.Column, out var fixedValue)) return fixedValue;
        return column.Role switch
        {
            ColumnRole.Owner => record.Owner?.Id,
            ColumnRole.PersonColumn => PersonValue(column.Column, record.Owner),
            ColumnRole.Key => record[Attr.Id] ?? Key(Prefix(file.Kind) ?? "R", index, 5),
            ColumnRole.Attribute => record[column.Attribute!] is SampleRecord other ? other[Attr.Id] : record[column.Attribute!],
            _ => null,
        };
    }

    private object? PersonValue(string column, SamplePerson? person)
    {
        if (person is null || _context.Plan.PeopleFile is not { } people) return null;
        var plan = people.Columns.FirstOrDefault(c => c.Column == column);
        return plan is null ? null : Value(people, plan, _peopleRows[person], 0);
    }

    /// <summary>A value of the column's type that reads back without error.</summary>
    private string Fallback(ColumnPlan column, SampleRecord record)
    {
        var field = column.Field;
        if (field.Map is { Count: > 0 } map)
        {
            var answers = map.Where(m => m.Value is not null).Select(m => m.Key).ToList();
            return answers.Count > 0 ? answers[_random.Next(answers.Count)] : map.Keys.First();
        }
        object value = field.Type switch
        {
            FieldType.Text when field.Expected is { Count: > 0 } expected => expected[_random.Next(expected.Count)],
            FieldType.Text => column.Words.Count > 0
                ? column.Words[_random.Next(column.Words.Count)]
                : column.Column + "-" + _random.Between(1, 5).ToString(CultureInfo.InvariantCulture),
            FieldType.Int => _random.PickWeighted([50, 30, 15, 5]),
            FieldType.Number => _random.Between(0, 100) / 10m,
            FieldType.Bool => _random.Chance(0.8),
            FieldType.Date or FieldType.DateTime => TimeOf(record) ?? (object)_context.WindowStart,
            _ => "",
        };
        return CellText.Format(value, field with { Map = null }, _context.Plan.Zone) ?? "";
    }

    private static object? TimeOf(SampleRecord record)
    {
        var primary = KindCatalog.Of(record.Kind)?.Primary ?? Attr.At;
        return record[primary] is Instant or LocalDate
            ? record[primary]
            : record.Values.Values.FirstOrDefault(v => v is Instant or LocalDate);
    }

    private List<SampleRecord> Sorted(IEnumerable<SampleRecord> records, FactKind kind)
    {
        var primary = KindCatalog.Of(kind)?.Primary ?? Attr.At;
        var order = _context.World.People.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        return records
            .OrderBy(r => Ticks(r[primary]))
            .ThenBy(r => r.Owner is null ? int.MaxValue : order.GetValueOrDefault(r.Owner, int.MaxValue))
            .ToList();
    }

    private static long Ticks(object? value) => value switch
    {
        Instant i => i.ToUnixTimeTicks(),
        LocalDate d => Instant.FromUtc(d.Year, d.Month, d.Day, 0, 0).ToUnixTimeTicks(),
        _ => long.MaxValue,
    };

    private static string? Prefix(FactKind kind) => kind switch
    {
        FactKind.Ticket => "T",
        FactKind.Survey => "S",
        FactKind.Training => "TR",
        FactKind.Certificate => "C",
        FactKind.Snapshot => "M",
        FactKind.Article => "KB",
        FactKind.Rating => "R",
        FactKind.BonusClaim => "B",
        FactKind.Timesheet => "TS",
        FactKind.Generic => "G",
        _ => null,
    };

    private static string Key(string prefix, int index, int digits) =>
        prefix + (index + 1).ToString(new string('0', digits), CultureInfo.InvariantCulture);

    // FNV-1a over UTF-16 code units: string.GetHashCode differs between runs.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = unchecked((hash ^ c) * 16777619u);
        return hash;
    }
}
