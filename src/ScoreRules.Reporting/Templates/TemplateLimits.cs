using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Scriban;

namespace ScoreRules.Reporting.Templates;

/// <summary>
/// The limits a report template renders under. They grow with the data the template sees, so that a packet lists
/// a team of any size, and still stop a template that loops or writes without end, with an error at the place
/// in the template. The data's size is its <em>items</em>: the entries of every list in the template's variables,
/// counted through nested lists (a packet: the people and the grades; an appraisal: the metrics, dimensions,
/// ratings and their evidence, bonuses, …). docs/reports.md states the same numbers.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>Loop rounds allowed for each item of the data. Rounds of nested loops and of functions such as <c>array.filter</c> count together.</summary>
    public const long LoopsPerItem = 1_000;

    /// <summary>Loop rounds allowed whatever the data: Scriban's own default of 1,000 is too few for a team packet.</summary>
    public const long MinLoops = 10_000;

    /// <summary>Characters (UTF-16 code units) of output allowed for each item of the data.</summary>
    public const long CharactersPerItem = 10_000;

    /// <summary>Characters of output allowed whatever the data (Scriban's own default, about a million, cuts a large packet's cover short).</summary>
    public const long MinCharacters = 10_000_000;

    // Model records nest a few levels (report → rated → evidence); deeper graphs are not walked further.
    private const int MaxDepth = 16;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>
    /// Sets the loop limit to <c>max(<see cref="MinLoops"/>, <see cref="LoopsPerItem"/> × items)</c> and the output
    /// limit, for the whole text and for any one value printed, to <c>max(<see cref="MinCharacters"/>,
    /// <see cref="CharactersPerItem"/> × items)</c>, capped at <see cref="int.MaxValue"/>. Going over any of them
    /// stops the render with a <c>ScriptRuntimeException</c> (never a silently shortened text); function recursion
    /// keeps Scriban's limit of 100 calls deep.
    /// </summary>
    /// <param name="context">The context to set.</param>
    /// <param name="items">The data's size, from <see cref="CountItems"/>.</param>
    public static void Apply(TemplateContext context, long items)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        context.LoopLimit = Capped(Math.Max(MinLoops, LoopsPerItem * Math.Min(items, int.MaxValue)));
        var characters = Capped(Math.Max(MinCharacters, CharactersPerItem * Math.Min(items, int.MaxValue)));
        context.OutputLimit = characters;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.LimitToString = characters;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
    }

    /// <summary>
    /// The number of items in <paramref name="values"/>: every entry of every collection (text excluded), counted in
    /// collections nested in entries and in the public properties of objects, each object once.
    /// </summary>
    /// <param name="values">A template's variables (.NET objects).</param>
    /// <returns>The count, 0 for data without lists.</returns>
    public static long CountItems(IEnumerable<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return values.Sum(v => Count(v, seen, 0));
    }

    private static long Count(object? value, HashSet<object> seen, int depth)
    {
        if (value is null or string || value.GetType().IsValueType || depth > MaxDepth || !seen.Add(value)) return 0;
        long count = 0;
        if (value is IEnumerable entries)
        {
            foreach (var entry in entries) count += 1 + Count(entry, seen, depth + 1);
            return count;
        }
        foreach (var property in Properties.GetOrAdd(value.GetType(), Readable))
            count += Count(property.GetValue(value), seen, depth + 1);
        return count;
    }

    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToArray();

    private static int Capped(long value) => (int)Math.Min(value, int.MaxValue);
}
