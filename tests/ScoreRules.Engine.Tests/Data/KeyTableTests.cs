using System.Text;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class KeyTableTests
{
    // More rows than KeyFilter.SizingRows, so the key table is sized part way through the file.
    private const int Rows = KeyFilter.SizingRows + 5_000;

    [Theory]
    [InlineData(FieldType.Text)]
    [InlineData(FieldType.Int)]
    public void Duplicates_before_and_after_the_table_is_sized_name_the_first_row(FieldType keyType)
    {
        var source = Source("t.csv", [Field("id", keyType), Field("n", FieldType.Int)], key: "id", skip: true);
        // Data row i (file row i + 2) has key 1000 + i, except three rows that repeat an earlier key.
        var repeats = new Dictionary<int, int> { [100] = 7, [KeyFilter.SizingRows + 10] = 8, [Rows - 1] = KeyFilter.SizingRows + 3 };
        var text = new StringBuilder("id,n\n");
        for (var i = 0; i < Rows; i++)
            text.Append(1000 + (repeats.TryGetValue(i, out var earlier) ? earlier : i)).Append(',').Append(i % 7).Append('\n');

        var (records, context) = LoadText(source, text.ToString());

        records.Count.ShouldBe(Rows - 3);
        context.Diagnostics.Select(d => (d.Row, d.Code)).ShouldBe([(102, "SD007"), (KeyFilter.SizingRows + 12, "SD007"), (Rows + 1, "SD007")]);
        context.Diagnostics[0].Message.ShouldContain("\"1007\"");
        context.Diagnostics[0].Message.ShouldContain("already in row 9");
        context.Diagnostics[1].Message.ShouldContain("already in row 10");
        context.Diagnostics[2].Message.ShouldContain($"already in row {KeyFilter.SizingRows + 5}");
        context.SkippedRows["id: duplicate key"].ShouldBe(3);
        records.Select(r => r.Row).ShouldBe(Enumerable.Range(2, Rows).Where(row => !repeats.ContainsKey(row - 2)));
    }
}
