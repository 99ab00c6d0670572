namespace ScoreRules.Engine.Data;

/// <summary>
/// The row each text key was first seen in, for the unique-key check of a file read row by row. The keys'
/// characters are copied side by side into large blocks rather than kept as one string each: for a million ticket
/// ids that is about 40 % less memory, and nothing the garbage collector has to trace while the file is read.
/// While every key is greater than the one before (an export sorted by id), keys are only compared with the last
/// one and no hash table is kept; the first key out of order builds it. "Greater" is either ordinal order
/// (<c>T000009</c> before <c>T000010</c>) or, for ids numbered without leading zeros, shorter first and then ordinal
/// (<c>S99999</c> before <c>S100000</c>): keys rising in either order are all different. Keys are equal only when
/// their characters are (case-sensitive). Not thread-safe.
/// </summary>
internal sealed class TextKeyTable
{
    private const int BlockChars = 1 << 20;

    private readonly List<char[]> _blocks = [];
    private int _blockUsed;
    private int[]? _buckets;                        // 1 + entry index of the first entry in each bucket, 0 for none; null while keys ascend
    private Entry[] _entries = new Entry[16];
    private bool _ordinalRising = true;
    private bool _shortFirstRising = true;

    private struct Entry
    {
        public int Hash;
        public int Next;                            // 1 + index of the next entry in the bucket; 0 for none
        public int Block;
        public int Offset;
        public int Length;
        public int Row;
    }

    /// <summary>The number of keys held.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds <paramref name="key"/>, first seen in row <paramref name="row"/>, and returns true; when the key is
    /// there already, returns false and gives the row it was first seen in.
    /// </summary>
    public bool TryAdd(ReadOnlySpan<char> key, int row, out int firstRow)
    {
        if (_buckets is null)
        {
            if (Count > 0)
            {
                var last = KeyOf(_entries[Count - 1]);
                var ordinal = key.SequenceCompareTo(last);
                _ordinalRising &= ordinal > 0;
                _shortFirstRising &= key.Length > last.Length || (key.Length == last.Length && ordinal > 0);
            }
            if (_ordinalRising || _shortFirstRising)
            {
                Append(key, 0, row);
                firstRow = row;
                return true;
            }
            BuildBuckets(Math.Max(_entries.Length, 16));
        }
        var hash = string.GetHashCode(key);
        for (var i = _buckets![Bucket(hash, _buckets.Length)]; i > 0; i = _entries[i - 1].Next)
        {
            ref var entry = ref _entries[i - 1];
            if (entry.Hash == hash && entry.Length == key.Length && key.SequenceEqual(KeyOf(entry)))
            {
                firstRow = entry.Row;
                return false;
            }
        }
        var added = Append(key, hash, row);
        ref var bucket = ref _buckets[Bucket(hash, _buckets.Length)];
        _entries[added].Next = bucket;
        bucket = added + 1;
        firstRow = row;
        return true;
    }

    /// <summary>Makes room for <paramref name="keys"/> keys in all, so that the table does not grow step by step.</summary>
    public void EnsureCapacity(int keys)
    {
        if (keys > _entries.Length) Resize(keys);
    }

    private ReadOnlySpan<char> KeyOf(in Entry entry) => _blocks[entry.Block].AsSpan(entry.Offset, entry.Length);

    // Stores the key's characters and a new entry outside any bucket; returns the entry's index.
    private int Append(ReadOnlySpan<char> key, int hash, int row)
    {
        if (Count == _entries.Length) Resize(Count * 2);
        var (block, offset) = Store(key);
        _entries[Count] = new Entry { Hash = hash, Block = block, Offset = offset, Length = key.Length, Row = row };
        return Count++;
    }

    // Hashes the keys stored while they ascended and puts every entry in its bucket.
    private void BuildBuckets(int buckets)
    {
        for (var i = 0; i < Count; i++) _entries[i].Hash = string.GetHashCode(KeyOf(_entries[i]));
        _buckets = new int[buckets];
        Rebucket();
    }

    private static int Bucket(int hash, int buckets) => (int)((uint)hash % (uint)buckets);

    private (int Block, int Offset) Store(ReadOnlySpan<char> key)
    {
        if (_blocks.Count == 0 || _blockUsed + key.Length > _blocks[^1].Length)
        {
            _blocks.Add(new char[Math.Max(BlockChars, key.Length)]);
            _blockUsed = 0;
        }
        var block = _blocks.Count - 1;
        var offset = _blockUsed;
        key.CopyTo(_blocks[block].AsSpan(offset));
        _blockUsed += key.Length;
        return (block, offset);
    }

    private void Resize(int capacity)
    {
        Array.Resize(ref _entries, capacity);
        if (_buckets is null) return;
        _buckets = new int[capacity];
        Rebucket();
    }

    private void Rebucket()
    {
        for (var i = 0; i < Count; i++)
        {
            ref var bucket = ref _buckets![Bucket(_entries[i].Hash, _buckets.Length)];
            _entries[i].Next = bucket;
            bucket = i + 1;
        }
    }
}
