using ScoreRules.Engine.Data;

namespace ScoreRules.Engine.Tests.Data;

/// <summary>The memo's shortcut for a cell that repeats the one above, against its dictionary.</summary>
public class ValueMemoLastValueTests
{
    [Fact]
    public void The_last_value_and_the_dictionary_give_the_same_object()
    {
        var memo = new ValueMemo();
        object four = 4m, five = 5m;
        memo.TryGet("4", out _).ShouldBeFalse();
        memo.Add("4", four);

        // Texts from other strings, so that only their characters can match.
        memo.TryGet("x4".AsSpan(1), out var viaLast).ShouldBeTrue();
        viaLast.ShouldBeSameAs(four);

        memo.TryGet("5", out _).ShouldBeFalse();
        memo.Add("5", five);
        memo.TryGet("(4)".AsSpan(1, 1), out var viaDictionary).ShouldBeTrue(); // the last text is "5": the dictionary answers
        viaDictionary.ShouldBeSameAs(four);
        memo.TryGet("4", out var viaLastAgain).ShouldBeTrue();                // a dictionary hit becomes the last value
        viaLastAgain.ShouldBeSameAs(four);
        memo.TryGet("5", out var fiveAgain).ShouldBeTrue();
        fiveAgain.ShouldBeSameAs(five);
    }

    [Fact]
    public void The_last_value_is_not_given_for_a_longer_or_shorter_text()
    {
        var memo = new ValueMemo();
        memo.Add("12", 12m);

        memo.TryGet("1", out _).ShouldBeFalse();
        memo.TryGet("123", out _).ShouldBeFalse();
        memo.TryGet("", out _).ShouldBeFalse();
        memo.TryGet("12", out var found).ShouldBeTrue();
        found.ShouldBe(12m);
    }

    [Fact]
    public void An_empty_value_is_remembered_as_empty()
    {
        var memo = new ValueMemo();
        memo.Add("未填答", null);
        memo.Add("滿意", 4m);

        memo.TryGet("未填答", out var viaDictionary).ShouldBeTrue();
        viaDictionary.ShouldBeNull();
        memo.TryGet("未填答", out var viaLast).ShouldBeTrue();
        viaLast.ShouldBeNull();
    }

    [Fact]
    public void Answers_stay_right_after_the_memo_starts_over()
    {
        var memo = new ValueMemo();
        var values = new Dictionary<string, object>();
        object ValueOf(string text) => values.TryGetValue(text, out var v) ? v : values[text] = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        // Fill the memo with every text looked up twice (half the lookups hit), then once more: it starts over.
        for (var i = 0; i < ValueMemo.Capacity; i++)
        {
            var text = i.ToString();
            memo.TryGet(text, out _).ShouldBeFalse();
            memo.Add(text, ValueOf(text));
            memo.TryGet(text, out var again).ShouldBeTrue();
            again.ShouldBeSameAs(ValueOf(text));
        }
        memo.TryGet("-1", out _).ShouldBeFalse();
        memo.Add("-1", ValueOf("-1"));
        memo.Count.ShouldBe(1);
        memo.IsOn.ShouldBeTrue();

        // Whatever the memo answers now is the value first converted from that very text.
        var last = (ValueMemo.Capacity - 1).ToString();
        memo.TryGet(last, out _).ShouldBeFalse();    // the last text before starting over is gone with the rest
        memo.TryGet("-1", out var newest).ShouldBeTrue();
        newest.ShouldBeSameAs(ValueOf("-1"));
        foreach (var text in new[] { "7", "70000", "7", "-1", "70000", "70000" })
        {
            if (!memo.TryGet(text, out var found))
            {
                memo.Add(text, ValueOf(text));
                continue;
            }
            found.ShouldBeSameAs(ValueOf(text), text);
        }
        memo.Count.ShouldBe(3); // -1, 7, 70000
    }
}
