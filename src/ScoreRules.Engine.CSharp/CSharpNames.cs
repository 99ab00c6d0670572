using Microsoft.CodeAnalysis.CSharp;

namespace ScoreRules.Engine.CSharp;

/// <summary>Turns rule names (sources, fields, metrics) into C# identifiers.</summary>
internal static class CSharpNames
{
    /// <summary>
    /// <paramref name="name"/> as a C# identifier: rule names are letters, digits and <c>_</c> of any script,
    /// which C# accepts too; a C# keyword gets the verbatim prefix <c>@</c> (a field called <c>class</c> is
    /// <c>row.@class</c>).
    /// </summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>The row type generated for source <paramref name="sourceId"/>, e.g. <c>tickets_row</c>.</summary>
    public static string RowType(string sourceId) => sourceId + "_row";
}
