using System.Globalization;
using NodaTime;
using ScoreRules.Engine.Data.Columns;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Tests.Data;

public class ColumnTests
{
    // Adds the values in order and builds the column with every value at the position it was added at.
    private static (Column Column, ColumnBuilder Builder) Build(FieldType type, params object?[] values)
    {
        var builder = Column.Builder(type);
        foreach (var value in values) ColumnBuilder.Add(ref builder, value);
        return (builder.Build([.. Enumerable.Range(0, values.Length)]), builder);
    }

    // The values at positions 0..count-1.
    private static List<object?> Values(Column column, int count) => [.. Enumerable.Range(0, count).Select(i => column[i])];

    // A decimal's digits and scale as written (1.0 and 1 are equal as numbers but not here).
    private static string Exact(object? value) => value switch
    {
        null => "null",
        decimal d => $"decimal {d.ToString(CultureInfo.InvariantCulture)} scale {d.Scale}",
        _ => $"{value.GetType().Name} {value}",
    };

    [Fact]
    public void Date_times_before_and_after_1970_read_back_exactly_and_unboxed()
    {
        Instant[] instants =
        [
            Instant.FromUtc(1969, 7, 20, 20, 17, 40),         // before 1970: negative ticks
            Instant.FromUnixTimeTicks(-1),                    // 100 ns before 1970
            Instant.FromUnixTimeTicks(0),                     // 1970 itself
            Instant.FromUtc(1900, 1, 1, 0, 0),
            Instant.FromUtc(2026, 3, 2, 1, 5).PlusTicks(1),   // a whole number of 100 ns
            Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusTicks(9_999_999),
        ];

        var (column, builder) = Build(FieldType.DateTime, [.. instants.Cast<object?>(), null]);

        builder.ShouldBeOfType<TypedColumnBuilder<long, InstantTicks>>();
        column.ShouldBeOfType<TypedColumn<long, InstantTicks>>();
        for (var i = 0; i < instants.Length; i++)
        {
            column[i].ShouldBe(instants[i]);
            column.IsEmpty(i).ShouldBeFalse();
            column.TryGetInstant(i, out var read).ShouldBeTrue();
            read.ShouldBe(instants[i]);
        }
        column[instants.Length].ShouldBeNull();
        column.IsEmpty(instants.Length).ShouldBeTrue();
    }

    [Fact]
    public void A_date_time_finer_than_100_ns_turns_the_column_into_objects_that_keep_every_value()
    {
        var before = Instant.FromUtc(1960, 5, 1, 12, 0);
        var after = Instant.FromUtc(2026, 3, 2, 9, 0);
        // 50 ns past a whole tick: ticks cannot hold it, so the builder falls back to objects.
        var fine = Instant.FromUtc(2026, 3, 2, 9, 30).PlusNanoseconds(50);
        var fineBefore1970 = Instant.FromUtc(1965, 1, 1, 0, 0).PlusNanoseconds(-250);
        var later = Instant.FromUtc(2026, 3, 3, 0, 0);

        var (column, builder) = Build(FieldType.DateTime, before, null, after, fine, fineBefore1970, null, later);

        builder.ShouldBeOfType<ObjectColumnBuilder>();
        column.ShouldBeOfType<ObjectColumn>();
        object?[] expected = [before, null, after, fine, fineBefore1970, null, later];
        for (var i = 0; i < expected.Length; i++)
        {
            column[i].ShouldBe(expected[i], $"position {i}");
            column.IsEmpty(i).ShouldBe(expected[i] is null);
            column.TryGetInstant(i, out var read).ShouldBe(expected[i] is not null);
            if (expected[i] is Instant instant) read.ShouldBe(instant);
        }
        ((Instant)column[3]!).ToUnixTimeTicks().ShouldBe(fine.ToUnixTimeTicks()); // same tick, and
        ((Instant)column[3]!).ShouldNotBe(Instant.FromUnixTimeTicks(fine.ToUnixTimeTicks())); // the 50 ns kept
    }

    [Fact]
    public void TryGetInstant_on_an_empty_value_is_false_without_throwing()
    {
        var (typed, _) = Build(FieldType.DateTime, null, Instant.FromUtc(2026, 3, 2, 9, 0));
        var (objects, _) = Build(FieldType.DateTime, null, Instant.FromUtc(2026, 3, 2, 9, 0).PlusNanoseconds(1));
        var (dates, _) = Build(FieldType.Date, null, new LocalDate(2026, 3, 2));
        var (numbers, _) = Build(FieldType.Int, null, 5m);

        foreach (var column in new[] { typed, objects, dates, numbers })
        {
            column.TryGetInstant(0, out var instant).ShouldBeFalse();
            instant.ShouldBe(default);
        }
        typed.TryGetInstant(1, out _).ShouldBeTrue();
        objects.TryGetInstant(1, out _).ShouldBeTrue();
        dates.TryGetInstant(1, out _).ShouldBeFalse();    // a date is not a date-time
        numbers.TryGetInstant(1, out _).ShouldBeFalse();
    }

    [Fact]
    public void Whole_numbers_read_back_as_the_same_decimals()
    {
        // 0..1023 are read from shared boxes; the others are boxed when read. Both ends of int are stored
        // except int.MinValue, which marks an empty value.
        decimal[] numbers = [0m, 1m, -1m, 7m, 1023m, 1024m, -1024m, 5000m, -98_765m, int.MaxValue, int.MinValue + 1m];

        var (column, builder) = Build(FieldType.Int, [.. numbers.Cast<object?>(), null]);

        builder.ShouldBeOfType<TypedColumnBuilder<int, WholeNumber>>();
        column.ShouldBeOfType<TypedColumn<int, WholeNumber>>();
        Values(column, numbers.Length + 1).Select(Exact).ShouldBe([.. numbers.Select(n => Exact(n)), "null"]);
        column.IsEmpty(numbers.Length).ShouldBeTrue();
        column.IsEmpty(0).ShouldBeFalse(); // 0 is a value, not empty
        column[3].ShouldBeSameAs(column[3]);
    }

    [Theory]
    [InlineData("1.0")]          // scale 1: 1.0 is shown as written, so it cannot become 1
    [InlineData("-2.50")]
    [InlineData("0.0")]
    [InlineData("3000000000")]   // more than int.MaxValue
    [InlineData("-2147483648")]  // int.MinValue marks empty, so it is stored as an object
    public void A_number_an_int_cannot_hold_exactly_keeps_its_digits_and_earlier_values(string text)
    {
        var odd = decimal.Parse(text, CultureInfo.InvariantCulture);

        var (column, builder) = Build(FieldType.Int, 4m, null, 2000m, -3m, odd, 12m, null);

        builder.ShouldBeOfType<ObjectColumnBuilder>();
        column.ShouldBeOfType<ObjectColumn>();
        Values(column, 7).Select(Exact).ShouldBe(
            [Exact(4m), "null", Exact(2000m), Exact(-3m), $"decimal {text} scale {odd.Scale}", Exact(12m), "null"]);
        Enumerable.Range(0, 7).Select(column.IsEmpty).ShouldBe([false, true, false, false, false, false, true]);
    }

    [Fact]
    public void Yes_no_values_read_back_with_empties()
    {
        var (column, builder) = Build(FieldType.Bool, true, false, null, true);

        builder.ShouldBeOfType<TypedColumnBuilder<sbyte, YesNo>>();
        Values(column, 4).ShouldBe([true, false, null, true]);
        Enumerable.Range(0, 4).Select(column.IsEmpty).ShouldBe([false, false, true, false]);
    }

    [Fact]
    public void Other_types_are_stored_as_the_objects_given()
    {
        var text = "服務台";
        var (column, _) = Build(FieldType.Text, text, null, "");

        column.ShouldBeOfType<ObjectColumn>();
        column[0].ShouldBeSameAs(text);
        column[1].ShouldBeNull();
        column[2].ShouldBe("");
        column.IsEmpty(2).ShouldBeFalse(); // an empty text that was read as a value is a value
    }

    [Fact]
    public void Build_puts_each_value_at_its_storage_position()
    {
        foreach (var type in new[] { FieldType.Int, FieldType.Number })
        {
            var builder = Column.Builder(type);
            foreach (var value in new object?[] { 10m, 20m, null, 40m }) ColumnBuilder.Add(ref builder, value);

            // The value added i-th goes to position positionOf[i]: 10 → 2, 20 → 0, none → 3, 40 → 1.
            var column = builder.Build([2, 0, 3, 1]);

            Values(column, 4).ShouldBe([20m, 40m, 10m, null], type.ToString());
        }
    }
}
