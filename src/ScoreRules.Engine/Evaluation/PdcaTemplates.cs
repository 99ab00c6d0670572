using System.Collections.Concurrent;
using Scriban;
using Scriban.Syntax;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// The texts of <c>improve</c> rules parsed once per evaluation and shared by everyone evaluated (safe to use from
/// several threads). Besides the parsed template, each entry says how a text can be rendered cheaply without
/// changing what it prints: a text with no template code is printed as it is, and a text that names only the
/// variables and helpers <see cref="PdcaRenderer"/> provides needs no copy of Scriban's built-in functions.
/// </summary>
internal sealed class PdcaTemplates
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The parsed form of <paramref name="text"/>, parsed on first use.</summary>
    public Entry Get(string text) => _entries.GetOrAdd(text, Parse);

    private static Entry Parse(string text)
    {
        var template = Template.Parse(text);
        if (template.HasErrors) return new Entry(template, false, false);
        var names = new GlobalNames();
        template.Page?.Accept(names);
        var onlyRendererNames = names.Names.All(PdcaRenderer.VariableNames.Contains);
        return new Entry(template, names.Names.Count == 0 && IsPlainText(template, text), !onlyRendererNames);
    }

    // A page of raw text only (no {{ }} code, no escape blocks) that covers the whole text prints it unchanged.
    private static bool IsPlainText(Template template, string text) =>
        template.Page?.Body?.Statements is { } statements
        && statements.All(s => s is ScriptRawStatement { IsEscape: false })
        && string.Concat(statements.Cast<ScriptRawStatement>().Select(s => s.Text.ToString())) == text;

    /// <summary>One parsed text.</summary>
    /// <param name="Template">The parsed template (check <see cref="Template.HasErrors"/>).</param>
    /// <param name="IsPlainText">True when the text has no template code, so it renders as itself.</param>
    /// <param name="UsesBuiltins">True when the text names something other than the renderer's variables and helpers, such as Scriban's built-in <c>string</c> or <c>math</c>.</param>
    internal sealed record Entry(Template Template, bool IsPlainText, bool UsesBuiltins);

    /// <summary>Collects the names of global variables a template reads or writes.</summary>
    private sealed class GlobalNames : ScriptVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public override void Visit(ScriptVariableGlobal node)
        {
            Names.Add(node.Name);
            base.Visit(node);
        }
    }
}
