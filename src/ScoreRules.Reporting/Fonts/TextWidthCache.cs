using System.Collections.Concurrent;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// Text widths in points by text and style, safe to use from several threads, that can be looked up with a piece of
/// a longer text (a span) as well as with a string. It keeps at most <see cref="Capacity"/> widths; later ones are
/// not remembered.
/// </summary>
internal sealed class TextWidthCache
{
    /// <summary>The most widths kept.</summary>
    public const int Capacity = 500_000;

    private readonly ConcurrentDictionary<(string Text, TextStyle Style), double> _widths = new(KeyComparer.Instance);
    private readonly ConcurrentDictionary<(string Text, TextStyle Style), double>.AlternateLookup<SpanKey> _bySpan;
    private int _count; // ConcurrentDictionary.Count takes every lock

    /// <summary>Creates an empty cache.</summary>
    public TextWidthCache() => _bySpan = _widths.GetAlternateLookup<SpanKey>();

    /// <summary>The number of widths kept.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Finds the width of <paramref name="text"/> in <paramref name="style"/>.</summary>
    public bool TryGet(string text, TextStyle style, out double width) => _widths.TryGetValue((text, style), out width);

    /// <summary>Finds the width of <paramref name="text"/> in <paramref name="style"/> without making a string.</summary>
    public bool TryGet(ReadOnlySpan<char> text, TextStyle style, out double width) => _bySpan.TryGetValue(new SpanKey(text, style), out width);

    /// <summary>Remembers a width, unless the cache is full.</summary>
    public void Add(string text, TextStyle style, double width)
    {
        if (Volatile.Read(ref _count) < Capacity && _widths.TryAdd((text, style), width))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>A key made of a span, for looking up without a string.</summary>
    internal readonly ref struct SpanKey(ReadOnlySpan<char> text, TextStyle style)
    {
        public ReadOnlySpan<char> Text { get; } = text;

        public TextStyle Style { get; } = style;
    }

    /// <summary>Ordinal text equality; a span key hashes as the string with the same characters.</summary>
    private sealed class KeyComparer : IEqualityComparer<(string Text, TextStyle Style)>, IAlternateEqualityComparer<SpanKey, (string Text, TextStyle Style)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Text, TextStyle Style) x, (string Text, TextStyle Style) y) =>
            string.Equals(x.Text, y.Text, StringComparison.Ordinal) && x.Style.Equals(y.Style);

        public int GetHashCode((string Text, TextStyle Style) key) => HashCode.Combine(string.GetHashCode(key.Text.AsSpan()), key.Style);

        public bool Equals(SpanKey alternate, (string Text, TextStyle Style) other) =>
            alternate.Text.SequenceEqual(other.Text) && alternate.Style.Equals(other.Style);

        public int GetHashCode(SpanKey alternate) => HashCode.Combine(string.GetHashCode(alternate.Text), alternate.Style);

        public (string Text, TextStyle Style) Create(SpanKey alternate) => (alternate.Text.ToString(), alternate.Style);
    }
}
