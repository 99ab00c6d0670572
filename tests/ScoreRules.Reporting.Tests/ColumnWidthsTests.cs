using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Tests;

public class ColumnWidthsTests
{
    [Fact]
    public void Spare_room_is_shared_in_proportion_to_natural_widths_when_all_fits()
    {
        // Natural widths 100 + 50 = 150 in 300: each doubles.
        ColumnWidths.Distribute([(20, 100), (10, 50)], 300).ShouldBe([200.0, 100.0]);
    }

    [Fact]
    public void Between_min_and_max_the_columns_get_their_minimum_plus_a_share_of_what_they_want()
    {
        // Min 20 + 10 = 30, max 220 + 10 = 230, available 130: spare 100 over wanted 200 + 0.
        ColumnWidths.Distribute([(20, 220), (10, 10)], 130).ShouldBe([120.0, 10.0]);
    }

    [Fact]
    public void Minimums_that_do_not_fit_are_scaled_down()
    {
        ColumnWidths.Distribute([(60, 80), (40, 90)], 50).ShouldBe([30.0, 20.0]);
    }
}
