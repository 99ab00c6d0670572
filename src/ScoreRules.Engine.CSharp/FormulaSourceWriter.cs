using System.Text;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// Writes the one C# file that holds all formulas of a policy: a static class <c>Formulas</c> with one method per
/// formula (<c>public static decimal? Score_frt(decimal value)</c>,
/// <c>public static decimal? Value_weekend_share(IReadOnlyList&lt;tickets_row&gt; tickets)</c>), one row class per
/// source the value formulas read, the time-limit guard, and <c>__Entry</c> methods the engine calls with plain
/// object arrays. Each formula's text is copied verbatim (after it was read alone), so an offset in it maps to the
/// rule file by the formula's start.
/// </summary>
internal static class FormulaSourceWriter
{
    /// <summary>The namespace of the generated types.</summary>
    public const string Namespace = "ScoreRules.Formulas";

    /// <summary>The generated source with the place of each formula.</summary>
    /// <param name="Text">The C# source.</param>
    /// <param name="Slots">One slot per formula, in the order given.</param>
    public sealed record Output(string Text, IReadOnlyList<FormulaSlot> Slots);

    /// <summary>Writes the source for <paramref name="formulas"/> of <paramref name="policy"/>; formulas in <paramref name="leaveOut"/> get a body that returns null.</summary>
    public static Output Write(PolicyModel policy, IReadOnlyList<CSharpFormula> formulas, IReadOnlySet<string>? leaveOut = null)
    {
        var readings = formulas.Select(f => FormulaSyntax.Read(f.Code)).ToList();
        bool Included(int i) => readings[i].Errors.Count == 0 && leaveOut?.Contains(formulas[i].MethodName) != true;

        var sb = new StringBuilder();
        sb.Append("// The C# formulas of a ScoreRules policy, generated from its rule files.\n");
        sb.Append("#nullable enable\nusing System;\nusing System.Collections.Generic;\nusing System.Linq;\n\n");
        sb.Append("namespace ").Append(Namespace).Append("\n{\n");
        sb.Append(Runtime);

        var rowSources = formulas.SelectMany(f => f.Sources).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var id in rowSources)
            if (policy.Sources.TryGetValue(id, out var source)) WriteRow(sb, source);

        sb.Append("public static class Formulas\n{\n");
        var slots = new List<FormulaSlot>();
        for (var i = 0; i < formulas.Count; i++)
        {
            var f = formulas[i];
            sb.Append("// ").Append(OneLine(f.Description)).Append(" at ").Append(OneLine(f.CodeLocation.ToString())).Append('\n');
            sb.Append("public static decimal? ").Append(f.MethodName).Append('(').Append(Parameters(f)).Append(")\n{\n");
            sb.Append("__Guard.Tick();\n");
            var start = -1;
            if (!Included(i))
                sb.Append("return null;\n");
            else if (readings[i].IsExpression)
            {
                sb.Append("return __Result.Of((object?)(\n");
                start = sb.Length;
                sb.Append(f.Code).Append("\n));\n");
            }
            else
            {
                sb.Append("return __Result.Of(__Body());\nobject? __Body()\n").Append(FormulaSyntax.BlockOpen);
                start = sb.Length;
                sb.Append(f.Code).Append(FormulaSyntax.BlockClose).Append('\n');
            }
            sb.Append("}\n\n");
            slots.Add(new FormulaSlot(f, readings[i].IsExpression, start, readings[i].Errors));
        }
        sb.Append("}\n\n");

        sb.Append("public static class __Entry\n{\n");
        foreach (var f in formulas)
        {
            if (f.Kind == FormulaKind.Score)
            {
                sb.Append("public static decimal? ").Append(f.MethodName).Append("(decimal value) => Formulas.").Append(f.MethodName).Append("(value);\n");
                continue;
            }
            sb.Append("public static decimal? ").Append(f.MethodName).Append("(object?[][][] rows) => Formulas.").Append(f.MethodName).Append('(');
            sb.Append(string.Join(", ", f.Sources.Select((id, k) =>
                $"Array.ConvertAll(rows[{k}], r => new {CSharpNames.Identifier(CSharpNames.RowType(id))}(r))")));
            sb.Append(");\n");
        }
        sb.Append("}\n}\n");
        return new Output(sb.ToString(), slots);
    }

    private static string Parameters(CSharpFormula f) => f.Kind == FormulaKind.Score
        ? "decimal value"
        : string.Join(", ", f.Sources.Select(id => $"IReadOnlyList<{CSharpNames.Identifier(CSharpNames.RowType(id))}> {CSharpNames.Identifier(id)}"));

    private static void WriteRow(StringBuilder sb, SourceModel source)
    {
        var type = CSharpNames.Identifier(CSharpNames.RowType(source.Id));
        sb.Append("public sealed class ").Append(type).Append("\n{\n");
        foreach (var field in source.Fields)
            sb.Append("public ").Append(TypeOf(field)).Append(' ').Append(CSharpNames.Identifier(field.Name)).Append(" { get; }\n");
        sb.Append("internal ").Append(type).Append("(object?[] __v)\n{\n");
        for (var i = 0; i < source.Fields.Count; i++)
        {
            var field = source.Fields[i];
            sb.Append("this.").Append(CSharpNames.Identifier(field.Name)).Append(" = (").Append(TypeOf(field)).Append(")__v[").Append(i).Append(']');
            sb.Append(field.Optional ? ";\n" : "!;\n");
        }
        sb.Append("}\n}\n\n");
    }

    /// <summary>The C# type of a field's values in a row: text string, int int, number decimal, bool bool, date DateOnly, datetime DateTime (local time in the policy's zone), duration TimeSpan; nullable when the field may be empty.</summary>
    public static string TypeOf(FieldModel field)
    {
        var type = field.Type switch
        {
            FieldType.Text => "string",
            FieldType.Int => "int",
            FieldType.Number => "decimal",
            FieldType.Bool => "bool",
            FieldType.Date => "DateOnly",
            FieldType.DateTime => "DateTime",
            _ => "TimeSpan",
        };
        return field.Optional ? type + "?" : type;
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    // The guard is what the time limit rests on: the compiler places __Guard.Tick() at the start of every loop
    // body, function and lambda of a formula and before every goto, and Tick throws once the deadline of the
    // current call has passed. The deadline is per thread, so evaluations on several threads do not mix.
    private const string Runtime = """
        public static class __Guard
        {
            [ThreadStatic] private static long __deadline;
            [ThreadStatic] private static bool __expired;

            public static void Begin(long deadline) { __deadline = deadline; __expired = false; }

            public static bool End() { var expired = __expired; __deadline = 0; __expired = false; return expired; }

            public static void Tick()
            {
                if (Environment.TickCount64 > __deadline)
                {
                    __expired = true;
                    throw new TimeoutException("the formula ran longer than its time limit");
                }
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            }
        }

        public static class __Result
        {
            public static decimal? Of(object? value) => value switch
            {
                null => null,
                decimal d => d,
                double d => Real(d),
                float f => Real(f),
                int i => i,
                long l => l,
                short s => s,
                byte b => b,
                sbyte s => s,
                ushort u => u,
                uint u => u,
                ulong u => u,
                _ => throw new InvalidCastException("the formula gave " + value.GetType().Name + ", not a number"),
            };

            // NaN is what 0 / 0.0 gives for a person without rows: no data, never a number.
            private static decimal? Real(double d) =>
                double.IsNaN(d) ? null
                : double.IsInfinity(d) ? throw new ArithmeticException("the formula gave an infinite number (a division by zero?)")
                : (decimal)d;
        }


        """;
}
