namespace ScoreRules.Reporting.Layout;

/// <summary>
/// Fills pages with pieces from top to bottom. A piece that does not fit starts a new page; a chain of
/// keep-with-next pieces (a heading and the first line after it, a table header and its first row, a paragraph's
/// first two lines) moves to the next page whole when it does not fit but would fit on an empty page, so a heading
/// is never the last thing on a page. A table row that starts a page gets its header row above it again; a row
/// taller than a whole page is split between its lines.
/// </summary>
internal static class Paginator
{
    /// <summary>Places the pieces on pages whose body is <paramref name="bodyHeight"/> points tall.</summary>
    public static IReadOnlyList<IReadOnlyList<PlacedPiece>> Paginate(IReadOnlyList<LayoutPiece> pieces, double bodyHeight)
    {
        var pages = new List<List<PlacedPiece>> { new() };
        var y = 0.0;
        void NewPage()
        {
            pages.Add([]);
            y = 0;
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece is PageBreakPiece)
            {
                if (pages[^1].Count > 0)
                {
                    NewPage();
                }

                continue;
            }

            // A table row taller than a whole page is split between its lines, page after page.
            while (piece is TableRowPiece row && row.Height > bodyHeight)
            {
                var room = bodyHeight - y - (pages[^1].Count == 0 ? (row.RepeatHeader?.Height ?? 0) : row.SpaceBefore);
                if (row.Split(room) is not { } parts)
                {
                    NewPage();
                    if (row.Split(bodyHeight - (row.RepeatHeader?.Height ?? 0)) is null)
                    {
                        break;
                    }

                    continue;
                }

                Place(pages[^1], parts.First, ref y);
                NewPage();
                piece = parts.Remainder;
            }

            var gap = pages[^1].Count == 0 ? 0 : piece.SpaceBefore;
            var chain = gap + piece.Height + ChainAfter(pieces, i);
            if (pages[^1].Count > 0 && y + chain > bodyHeight + 0.01)
            {
                var fitsAlone = y + gap + piece.Height <= bodyHeight + 0.01;
                var chainFitsEmptyPage = chain - gap <= bodyHeight;
                if (!fitsAlone || chainFitsEmptyPage)
                {
                    NewPage();
                    gap = 0;
                }
            }

            Place(pages[^1], piece, ref y);
        }

        if (pages.Count > 1 && pages[^1].Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>Places a piece at <paramref name="y"/>, after its table header when it starts the page.</summary>
    private static void Place(List<PlacedPiece> page, LayoutPiece piece, ref double y)
    {
        var gap = page.Count == 0 ? 0 : piece.SpaceBefore;
        if (page.Count == 0 && piece.RepeatHeader is { } header && !ReferenceEquals(header, piece))
        {
            page.Add(new PlacedPiece(header, y));
            y += header.Height;
        }

        page.Add(new PlacedPiece(piece, y + gap));
        y += gap + piece.Height;
    }

    /// <summary>Height of the pieces that must follow piece <paramref name="i"/> onto its page.</summary>
    private static double ChainAfter(IReadOnlyList<LayoutPiece> pieces, int i)
    {
        var height = 0.0;
        for (var j = i; j < pieces.Count - 1 && pieces[j].KeepWithNext; j++)
        {
            var next = pieces[j + 1];
            if (next is PageBreakPiece)
            {
                break;
            }

            height += next.SpaceBefore + next.Height;
        }

        return height;
    }
}
