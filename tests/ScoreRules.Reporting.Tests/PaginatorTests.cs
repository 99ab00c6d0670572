using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Tests;

public class PaginatorTests
{
    private sealed class Box(double height, string name) : LayoutPiece
    {
        public string Name => name;

        public override double Height => height;

        public override void Draw(IPageCanvas canvas, double left, double top)
        {
        }
    }

    private static List<List<string>> Names(IReadOnlyList<IReadOnlyList<PlacedPiece>> pages) =>
        pages.Select(p => p.Select(x => ((Box)x.Piece).Name).ToList()).ToList();

    [Fact]
    public void A_heading_that_would_be_last_on_the_page_moves_to_the_next_page()
    {
        // Five 15 pt lines fill 75 of 100 pt; the heading would fit (90) but its next line would not (105).
        var pieces = new List<LayoutPiece> { new Box(15, "1"), new Box(15, "2"), new Box(15, "3"), new Box(15, "4"), new Box(15, "5"), new Box(15, "H") { KeepWithNext = true }, new Box(15, "6") };
        Names(Paginator.Paginate(pieces, 100)).ShouldBe([["1", "2", "3", "4", "5"], ["H", "6"]]);
    }

    [Fact]
    public void Table_header_is_repeated_above_a_row_that_starts_a_page()
    {
        var header = new Box(20, "header") { KeepWithNext = true };
        var pieces = new List<LayoutPiece> { header };
        for (var i = 1; i <= 6; i++)
        {
            pieces.Add(new Box(20, $"r{i}") { RepeatHeader = header });
        }

        // 100 pt pages: header + 4 rows, then the header again + rows 5 and 6.
        Names(Paginator.Paginate(pieces, 100)).ShouldBe([["header", "r1", "r2", "r3", "r4"], ["header", "r5", "r6"]]);
    }

    [Fact]
    public void Gaps_are_dropped_at_the_top_of_a_page_and_page_breaks_start_a_new_page()
    {
        var pieces = new List<LayoutPiece> { new Box(60, "a"), new Box(30, "b") { SpaceBefore = 20 }, new Box(10, "c"), new PageBreakPiece(), new Box(10, "d") };
        var pages = Paginator.Paginate(pieces, 100);
        Names(pages).ShouldBe([["a"], ["b", "c"], ["d"]]);
        pages[1][0].Top.ShouldBe(0);
    }
}
