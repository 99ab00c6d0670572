using System.Text;
using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class TextKeyTableTests
{
    // Adds key, first seen in row; the row it was first seen in when it was there already, else null.
    private static int? Repeat(TextKeyTable table, string key, int row)
    {
        if (table.TryAdd(key, row, out var firstRow))
        {
            firstRow.ShouldBe(row);
            return null;
        }
        return firstRow;
    }

    [Fact]
    public void Ascending_keys_never_report_a_duplicate()
    {
        var table = new TextKeyTable();
        // Ordinal order: digits < upper case < lower case, and a key sorts after its own prefix.
        string[] keys = ["0", "9", "A", "AB", "ABC", "Z", "a", "b", "工單"];
        for (var i = 0; i < 20_000; i++)
            Repeat(table, $"T{i:D6}", i + 2).ShouldBeNull();
        foreach (var (key, i) in keys.Select((k, i) => ($"U{k}", i)))
            Repeat(table, key, 30_000 + i).ShouldBeNull();

        table.Count.ShouldBe(20_000 + keys.Length);
    }

    [Fact]
    public void A_repeat_after_the_keys_went_out_of_order_names_the_row_it_was_first_seen_in()
    {
        var table = new TextKeyTable();
        Repeat(table, "k1", 2).ShouldBeNull();
        Repeat(table, "k3", 3).ShouldBeNull();
        Repeat(table, "k2", 4).ShouldBeNull();  // out of order: from here keys are hashed
        Repeat(table, "k5", 5).ShouldBeNull();

        Repeat(table, "k3", 6).ShouldBe(3);     // stored while the keys still ascended
        Repeat(table, "k1", 7).ShouldBe(2);
        Repeat(table, "k5", 8).ShouldBe(5);     // stored after
        Repeat(table, "k2", 9).ShouldBe(4);
        Repeat(table, "k4", 10).ShouldBeNull();
        table.Count.ShouldBe(5);
    }

    [Fact]
    public void A_repeat_of_the_last_key_while_ascending_is_found()
    {
        var table = new TextKeyTable();
        Repeat(table, "A1", 2).ShouldBeNull();
        Repeat(table, "A2", 3).ShouldBeNull();

        Repeat(table, "A2", 4).ShouldBe(3);     // not greater than the last key: checked against all
        Repeat(table, "A3", 5).ShouldBeNull();
    }

    [Fact]
    public void Keys_differing_only_in_case_are_different_keys()
    {
        var table = new TextKeyTable();
        Repeat(table, "abc", 2).ShouldBeNull();
        Repeat(table, "ABC", 3).ShouldBeNull(); // "ABC" < "abc" ordinally: out of order, but not the same key
        Repeat(table, "Abc", 4).ShouldBeNull();

        Repeat(table, "abc", 5).ShouldBe(2);
        Repeat(table, "ABC", 6).ShouldBe(3);
        Repeat(table, "abC", 7).ShouldBeNull();
    }

    [Fact]
    public void Keys_longer_than_a_block_are_stored_whole()
    {
        // A block holds 1 << 20 characters; these keys are longer, and share all but their last character.
        var prefix = new string('x', 1_500_000);
        var table = new TextKeyTable();
        Repeat(table, prefix + "a", 2).ShouldBeNull();
        Repeat(table, "short", 3).ShouldBeNull();   // "short" < "xxx…": out of order
        Repeat(table, prefix + "b", 4).ShouldBeNull();
        Repeat(table, prefix, 5).ShouldBeNull();    // the common prefix alone is another key
        Repeat(table, "y", 6).ShouldBeNull();

        Repeat(table, prefix + "b", 7).ShouldBe(4);
        Repeat(table, prefix + "a", 8).ShouldBe(2);
        Repeat(table, prefix, 9).ShouldBe(5);
        Repeat(table, "short", 10).ShouldBe(3);
        Repeat(table, prefix + "c", 11).ShouldBeNull();
    }

    [Fact]
    public void Long_ascending_keys_are_stored_whole()
    {
        var table = new TextKeyTable();
        var a = new string('a', 1_200_000);
        Repeat(table, a + "1", 2).ShouldBeNull();
        Repeat(table, a + "2", 3).ShouldBeNull();
        Repeat(table, "b", 4).ShouldBeNull();

        Repeat(table, a + "1", 5).ShouldBe(2);
        Repeat(table, a + "2", 6).ShouldBe(3);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EnsureCapacity_keeps_the_keys_held(bool outOfOrderFirst)
    {
        var table = new TextKeyTable();
        if (outOfOrderFirst) Repeat(table, "~", 1).ShouldBeNull(); // '~' sorts after the digits: the next key hashes
        for (var i = 0; i < 100; i++) Repeat(table, $"K{i:D3}", i + 2).ShouldBeNull();

        table.EnsureCapacity(50_000);
        table.EnsureCapacity(10); // smaller than held: nothing changes

        for (var i = 0; i < 100; i++) Repeat(table, $"K{i:D3}", 500 + i).ShouldBe(i + 2);
        for (var i = 100; i < 60_000; i++) Repeat(table, $"K{i:D5}", i + 2).ShouldBeNull(); // past the capacity asked for
        Repeat(table, "K050", 70_000).ShouldBe(52);
        Repeat(table, "K59999", 70_001).ShouldBe(60_001);
        table.Count.ShouldBe(60_000 + (outOfOrderFirst ? 1 : 0));
    }

    [Fact]
    public void Answers_match_a_dictionary_on_keys_that_ascend_then_repeat_at_random()
    {
        var random = new Random(20260302);
        var table = new TextKeyTable();
        var firstRows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 2; row < 40_000; row++)
        {
            // The first 5,000 rows ascend; then keys are picked from a range where about half repeat.
            var key = row < 5_000 ? $"INC{row:D7}" : $"INC{random.Next(2, 60_000):D7}";
            if (random.Next(50) == 0) table.EnsureCapacity(row * 2);

            var expected = firstRows.TryAdd(key, row) ? (int?)null : firstRows[key];

            Repeat(table, key, row).ShouldBe(expected, key);
        }
        table.Count.ShouldBe(firstRows.Count);
    }

    [Fact]
    public void Ids_out_of_ordinal_order_find_a_repeat_with_its_first_row()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("agent", FieldType.Text)], key: "id");
        // "10" < "9" ordinally, so the key table leaves its ascending mode at row 3.
        var text = "id,agent\n9,ann\n10,bob\n11,ann\n10,carl\n";
        var context = new ReadContext(DateTimeZone.Utc);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var records = DataLoader.Read(source, stream, context).ToList();

        records.Select(r => r.Row).ShouldBe([2, 3, 4]);
        context.Diagnostics.Select(d => (d.Row, d.Column, d.Code, d.IsError)).ShouldBe([(5, 1, "SD007", true)]);
        context.Diagnostics[0].Message.ShouldStartWith("the key \"10\" (field id, column \"id\") is already in row 3;");
    }
}
