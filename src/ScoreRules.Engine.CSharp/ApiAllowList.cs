using Microsoft.CodeAnalysis;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// What a C# formula may use. Everything not listed here is forbidden (SR2024), so a new .NET API is forbidden
/// until someone decides to allow it. Allowed: the basic value types, text, dates and times; <c>Math</c>;
/// LINQ's <c>Enumerable</c> and the generic collections it works with; delegates for lambdas; a few exception
/// types to throw; and the row types generated for the policy. Not allowed, among everything else: files,
/// network, processes, reflection (<c>Type</c>, <c>GetType()</c>), <c>Environment</c>, threads and tasks,
/// <c>GC</c>, <c>AppDomain</c>, the console, the clock (<c>DateTime.Now</c>), random numbers, hash codes
/// (they differ between runs), <c>Enumerable.Shuffle</c> (random) and <c>Enumerable.Range</c>, <c>Repeat</c>,
/// <c>Sequence</c> and <c>InfiniteSequence</c> (formulas work over the values they are given, not sequences they
/// make up, which could run on inside LINQ where no time check reaches).
/// </summary>
internal static class ApiAllowList
{
    /// <summary>Namespaces a formula may name.</summary>
    public static readonly IReadOnlySet<string> Namespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        "", "System", "System.Linq", "System.Collections", "System.Collections.Generic", "ScoreRules", FormulaSourceWriter.Namespace,
    };

    /// <summary>
    /// Well-known .NET types that formulas cannot even see (they are in assemblies formulas are not compiled against,
    /// or in namespaces a formula does not import). A formula naming one gets SR2024 rather than "does not exist".
    /// </summary>
    public static readonly IReadOnlySet<string> KnownForbiddenNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Console", "Process", "ProcessStartInfo", "File", "Directory", "Path", "FileInfo", "DirectoryInfo", "DriveInfo",
        "Stream", "FileStream", "MemoryStream", "StreamReader", "StreamWriter", "TextReader", "TextWriter",
        "HttpClient", "WebClient", "WebRequest", "Socket", "TcpClient", "UdpClient", "Dns", "IPAddress",
        "Thread", "ThreadPool", "Task", "Parallel", "Timer", "Monitor", "Mutex", "Semaphore", "SemaphoreSlim", "Interlocked",
        "CancellationTokenSource", "Stopwatch", "Debug", "Debugger", "Trace", "Registry", "Assembly", "MethodInfo",
        "BindingFlags", "Marshal", "DllImport", "NativeLibrary", "Unsafe", "MemoryMarshal", "RuntimeHelpers", "Expression",
    };

    // Types by the metadata name of their definition; nested types of these (List<T>.Enumerator) are allowed too.
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "System.Object", "System.Void", "System.ValueType", "System.Enum", "System.Boolean", "System.Char", "System.String",
        "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Single", "System.Double", "System.Decimal", "System.Math", "System.MathF", "System.MidpointRounding",
        "System.DateTime", "System.DateOnly", "System.TimeOnly", "System.TimeSpan", "System.DayOfWeek", "System.DateTimeKind",
        "System.Nullable", "System.Nullable`1", "System.Array", "System.Index", "System.Range",
        "System.StringComparison", "System.StringComparer", "System.StringSplitOptions",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.IDisposable",
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8",
        "System.Action", "System.Action`1", "System.Action`2", "System.Action`3", "System.Action`4",
        "System.Predicate`1", "System.Comparison`1", "System.Converter`2",
        "System.Exception", "System.ArgumentException", "System.ArgumentOutOfRangeException", "System.ArithmeticException",
        "System.DivideByZeroException", "System.OverflowException", "System.FormatException", "System.IndexOutOfRangeException",
        "System.InvalidOperationException", "System.NotSupportedException",
        "System.Linq.Enumerable", "System.Linq.IOrderedEnumerable`1", "System.Linq.IGrouping`2", "System.Linq.ILookup`2", "System.Linq.Lookup`2",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IEnumerator`1", "System.Collections.Generic.ICollection`1",
        "System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.ISet`1",
        "System.Collections.Generic.IReadOnlySet`1", "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.HashSet`1", "System.Collections.Generic.SortedSet`1", "System.Collections.Generic.SortedDictionary`2",
        "System.Collections.Generic.Queue`1", "System.Collections.Generic.Stack`1", "System.Collections.Generic.KeyValuePair",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.Comparer`1", "System.Collections.Generic.EqualityComparer`1",
        "System.Collections.Generic.IComparer`1", "System.Collections.Generic.IEqualityComparer`1",
        "System.Collections.Generic.CollectionExtensions", "System.Collections.Generic.KeyNotFoundException",
    };

    // Members of allowed types that are still forbidden, by "Type.Member" (the member of any type for "*.").
    private static readonly HashSet<string> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        "*.GetType", "*.MemberwiseClone", "*.GetHashCode", "*.Finalize",
        "System.DateTime.Now", "System.DateTime.UtcNow", "System.DateTime.Today",
        "System.Linq.Enumerable.Range", "System.Linq.Enumerable.Repeat", "System.Linq.Enumerable.Sequence",
        "System.Linq.Enumerable.InfiniteSequence", "System.Linq.Enumerable.Shuffle",
    };

    // Delegates for lambdas: Func<T1, …, TResult> with up to 16 parameters.
    private static bool IsFunc(string name) => name.StartsWith("System.Func`", StringComparison.Ordinal) && int.TryParse(name.AsSpan(12), out var n) && n is >= 1 and <= 17;

    /// <summary>True when <paramref name="type"/> (with its type arguments, element types, tuple elements) is allowed.</summary>
    public static bool IsAllowed(ITypeSymbol? type, IAssemblySymbol own) => type switch
    {
        null or ITypeParameterSymbol or IErrorTypeSymbol => true,
        IArrayTypeSymbol array => IsAllowed(array.ElementType, own),
        INamedTypeSymbol named => IsAllowed(named, own),
        _ => false, // pointers, function pointers, dynamic
    };

    /// <summary>True when <paramref name="member"/> (a method, property, field or event) is allowed.</summary>
    public static bool IsAllowedMember(ISymbol member, IAssemblySymbol own)
    {
        if (member is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }) return true;
        if (member is IMethodSymbol { ReducedFrom: { } reduced }) member = reduced;
        if (member is IEventSymbol) return false;
        if (ForbiddenMembers.Contains("*." + member.Name)) return false;
        if (member.ContainingType is not { } type) return true;
        if (ForbiddenMembers.Contains(MetadataName(type.OriginalDefinition) + "." + member.Name)) return false;
        if (!IsAllowed(type, own)) return false;
        return member is not IMethodSymbol method || method.TypeArguments.All(t => IsAllowed(t, own));
    }

    /// <summary>The full metadata name of a type's definition, e.g. <c>System.Collections.Generic.List`1</c>.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName : ns + type.MetadataName;
    }

    private static bool IsAllowed(INamedTypeSymbol type, IAssemblySymbol own)
    {
        if (type.IsAnonymousType) return true;
        if (type.IsTupleType) return type.TupleElements.All(e => IsAllowed(e.Type, own));
        if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, own)) return !type.Name.StartsWith("__", StringComparison.Ordinal);
        var outer = type.OriginalDefinition;
        while (outer.ContainingType is { } containing) outer = containing;
        var name = MetadataName(outer);
        return (Types.Contains(name) || IsFunc(name)) && type.TypeArguments.All(t => IsAllowed(t, own));
    }
}
