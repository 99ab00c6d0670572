namespace ScoreRules.Engine.Data;

/// <summary>
/// The typed values one field's cells have converted to, keyed by the cell text exactly as written
/// (ordinal, not trimmed), so a text seen before is neither parsed nor boxed again: rows that repeat a
/// value (a person id, a minute-resolution timestamp, a small count, a mapped answer) share one value
/// object. Only successful conversions are kept; a bad cell is converted, and reported, every time.
/// <para>
/// The memo is bounded: once it holds <see cref="Capacity"/> texts it starts over, which keeps it
/// useful on a file sorted by time. A column where texts rarely repeat (ids) switches it off for good:
/// after <see cref="TrialLookups"/> lookups with almost no hit, or when it fills with fewer hits than
/// one in <see cref="MinimumHitShare"/> lookups. Not thread-safe: one memo per field per read.
/// </para>
/// </summary>
internal sealed class ValueMemo
{
    /// <summary>The most texts kept at once.</summary>
    public const int Capacity = 1 << 16;

    /// <summary>The lookups after which a column without repeats is given up.</summary>
    public const int TrialLookups = 4096;

    /// <summary>A full memo is kept (started over) only when at least one lookup in this many hit.</summary>
    public const int MinimumHitShare = 8;

    private readonly Dictionary<string, object?> _values = new();
    private readonly Dictionary<string, object?>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private string? _lastText;
    private object? _lastValue;
    private int _hits;
    private int _lookups;
    private bool _tried;

    /// <summary>An empty memo, switched on.</summary>
    public ValueMemo() => _bySpan = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>False once the memo has given up on its column; then lookups always miss and nothing is kept.</summary>
    public bool IsOn { get; private set; } = true;

    /// <summary>The number of texts kept now.</summary>
    public int Count => _values.Count;

    /// <summary>The value converted before from <paramref name="text"/>, found without allocating.</summary>
    public bool TryGet(ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        if (!IsOn) return false;
        _lookups++;
        // A column sorted by time, or of small counts, often repeats the cell above: that needs no hashing.
        if (_lastText is not null && text.SequenceEqual(_lastText))
        {
            _hits++;
            value = _lastValue;
            return true;
        }
        if (_bySpan.TryGetValue(text, out var key, out value))
        {
            _hits++;
            _lastText = key;
            _lastValue = value;
            return true;
        }
        if (!_tried && _lookups >= TrialLookups)
        {
            _tried = true;
            if (_hits < TrialLookups / 256) SwitchOff();
        }
        return false;
    }

    /// <summary>Keeps the successful conversion of <paramref name="text"/> (a text just missed by <see cref="TryGet"/>).</summary>
    public void Add(string text, object? value)
    {
        if (!IsOn) return;
        if (_values.Count >= Capacity)
        {
            if (_hits < _lookups / MinimumHitShare)
            {
                SwitchOff();
                return;
            }
            _values.Clear();
            _hits = 0;
            _lookups = 0;
        }
        _values.TryAdd(text, value);
        _lastText = text;
        _lastValue = value;
    }

    private void SwitchOff()
    {
        IsOn = false;
        _values.Clear();
        _values.TrimExcess();
    }
}
