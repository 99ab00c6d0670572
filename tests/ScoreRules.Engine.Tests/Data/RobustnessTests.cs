using System.Text;
using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class RobustnessTests
{
    private static readonly IReadOnlyList<FieldModel> Fields =
    [
        Field("id", FieldType.Text),
        Field("n", FieldType.Number, optional: true),
        Field("at", FieldType.DateTime, optional: true, format: "d/M/yyyy HH:mm"),
        Field("ok", FieldType.Bool, optional: true),
    ];

    public static TheoryData<SourceFormat, int> Cases()
    {
        var data = new TheoryData<SourceFormat, int>();
        foreach (var format in Enum.GetValues<SourceFormat>())
            for (var seed = 1; seed <= 25; seed++) data.Add(format, seed);
        return data;
    }

    /// <summary>Garbage of every kind ends as diagnostics, never as an exception.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_files_give_diagnostics_not_exceptions(SourceFormat format, int seed)
    {
        var random = new Random(seed);
        var bytes = Damage(Sample(format), random);
        var source = Source("data.bin", Fields, format: format, key: "id", keep: seed % 2 == 0 ? new KeepRule(true, ["n"]) : null);
        var context = new ReadContext(DateTimeZone.Utc);

        var records = DataLoader.Read(source, new MemoryStream(bytes), context).ToList();

        // Every row that came out is typed as declared.
        foreach (var r in records)
        {
            r.Values[0].ShouldBeOfType<string>();
            (r.Values[1] is null or decimal).ShouldBeTrue();
            (r.Values[2] is null or Instant).ShouldBeTrue();
            (r.Values[3] is null or bool).ShouldBeTrue();
        }
    }

    private static byte[] Sample(SourceFormat format)
    {
        var rows = Enumerable.Range(1, 20).Select(i => (Id: $"T{i % 7}", N: i * 1.5m, At: $"{i}/3/2026 9:{i:00}", Ok: i % 2 == 0)).ToList();
        switch (format)
        {
            case SourceFormat.Csv:
                return Encoding.UTF8.GetBytes("id,n,at,ok\n" + string.Concat(rows.Select(r => $"{r.Id},{r.N},\"{r.At}\",{r.Ok}\n")));
            case SourceFormat.Json:
                return Encoding.UTF8.GetBytes("[" + string.Join(",", rows.Select(r => $"{{\"id\":\"{r.Id}\",\"n\":{r.N},\"at\":\"{r.At}\",\"ok\":{(r.Ok ? "true" : "false")}}}")) + "]");
            case SourceFormat.JsonLines:
                return Encoding.UTF8.GetBytes(string.Concat(rows.Select(r => $"{{\"id\":\"{r.Id}\",\"n\":{r.N},\"at\":\"{r.At}\",\"ok\":{(r.Ok ? "true" : "false")}}}\n")));
            default:
                var stream = new MemoryStream();
                MiniExcelLibs.MiniExcel.SaveAs(stream, rows.Select(r => new Dictionary<string, object?> { ["id"] = r.Id, ["n"] = r.N, ["at"] = r.At, ["ok"] = r.Ok }).ToList());
                return stream.ToArray();
        }
    }

    private static byte[] Damage(byte[] bytes, Random random)
    {
        var copy = bytes.ToArray();
        switch (random.Next(3))
        {
            case 0: // overwrite some bytes
                for (var i = 0; i < 1 + random.Next(20); i++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
                return copy;
            case 1: // cut the file short
                return copy[..random.Next(copy.Length)];
            default: // insert quotes, commas, braces and line breaks
                var list = copy.ToList();
                for (var i = 0; i < 1 + random.Next(10); i++) list.Insert(random.Next(list.Count), "\",{}[\n\r"u8[random.Next(7)]);
                return [.. list];
        }
    }
}
