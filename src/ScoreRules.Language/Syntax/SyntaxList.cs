using System.Collections;

namespace ScoreRules.Language.Syntax;

/// <summary>An immutable list of nodes that compares by its elements, so whole trees compare structurally.</summary>
/// <typeparam name="T">Element type.</typeparam>
public sealed class SyntaxList<T> : IReadOnlyList<T>, IEquatable<SyntaxList<T>>
{
    private readonly T[] _items;

    /// <summary>An empty list.</summary>
    public static SyntaxList<T> Empty { get; } = new([]);

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    public SyntaxList(IEnumerable<T> items) => _items = [.. items];

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(SyntaxList<T>? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SyntaxList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }
}

/// <summary>Helpers to build <see cref="SyntaxList{T}"/>.</summary>
public static class SyntaxList
{
    /// <summary>Copies a sequence into a syntax list.</summary>
    public static SyntaxList<T> ToSyntaxList<T>(this IEnumerable<T> items) => new(items);
}
