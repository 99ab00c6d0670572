using System.Collections;
using System.Reflection;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Tests.Formatting;

/// <summary>
/// Compares two syntax trees structurally, property by property, skipping every <see cref="TextSpan"/>:
/// two trees are the same when they differ only in where their nodes were. Leaves (texts, numbers,
/// flags, dates, enums) compare with Equals, so 4.50 and 4.5 are the same decimal value.
/// </summary>
public static class SyntaxTreeComparer
{
    /// <summary>The path to the first difference (e.g. <c>[3].Items[1].Value.Right</c>), or null when the trees agree.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "")
    {
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        var type = expected.GetType();
        if (type != actual.GetType()) return $"{path}: {type.Name} vs {actual.GetType().Name}";
        if (IsLeaf(type)) return expected.Equals(actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";

        if (expected is IEnumerable expectedItems)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            if (left.Count != right.Count) return $"{path}: {left.Count} elements vs {right.Count}";
            for (var i = 0; i < left.Count; i++)
                if (FirstDifference(left[i], right[i], $"{path}[{i}]") is { } difference) return difference;
            return null;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType == typeof(TextSpan) || property.GetIndexParameters().Length > 0) continue;
            var difference = FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
            if (difference is not null) return difference;
        }
        return null;
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || type == typeof(DateOnly) || type == typeof(TimeOnly);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        _ => value.ToString() ?? "?",
    };
}
