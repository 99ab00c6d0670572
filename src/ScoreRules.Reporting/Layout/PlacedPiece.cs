namespace ScoreRules.Reporting.Layout;

/// <summary>A piece placed on a page: its top in points below the top of the page's body area.</summary>
internal sealed record PlacedPiece(LayoutPiece Piece, double Top);
