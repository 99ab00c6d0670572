namespace ScoreRules.Reporting.Layout;

/// <summary>
/// Fills pages with pieces from top to bottom. A piece that does not fit starts a new page; a chain of
/// keep-with-next pieces (a heading and the first line after it, a table header and its first row, a paragraph's
/// first two lines) moves to the next page whole when it does not fit but would fit on an empty page, so a heading
/// is never the last thing on a page. A table row that starts a page gets its header row above it again.
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

            if (pages[^1].Count == 0 && piece.RepeatHeader is { } header && !ReferenceEquals(header, piece))
            {
                pages[^1].Add(new PlacedPiece(header, y));
                y += header.Height;
            }

            pages[^1].Add(new PlacedPiece(piece, y + gap));
            y += gap + piece.Height;
        }

        if (pages.Count > 1 && pages[^1].Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
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
