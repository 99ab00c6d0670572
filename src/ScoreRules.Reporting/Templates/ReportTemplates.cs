using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ScoreRules.Reporting.Templates;

/// <summary>
/// The Scriban templates of reports (<c>appraisal.md.sbn</c>, <c>pdca.md.sbn</c>, <c>packet-cover.md.sbn</c>),
/// looked up in a list of folders: the first folder that has a file of the name wins, so a policy's own
/// <c>templates/</c> folder, listed first, overrides the defaults. Templates are parsed once and may be
/// rendered from several threads at once.
/// </summary>
public sealed class ReportTemplates
{
    private readonly IReadOnlyList<string> _folders;
    private readonly ConcurrentDictionary<string, Lazy<(string Path, Template Template)>> _parsed = new(StringComparer.Ordinal);

    /// <summary>Creates the set; <paramref name="folders"/> are searched in order (missing folders are skipped).</summary>
    public ReportTemplates(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        _folders = folders;
    }

    /// <summary>The file that <paramref name="name"/> resolves to, or null when no folder has it.</summary>
    public string? PathOf(string name) =>
        _folders.Select(f => Path.Combine(f, name)).FirstOrDefault(File.Exists);

    /// <summary>
    /// Renders template <paramref name="name"/> with <paramref name="globals"/> as its top-level variables
    /// (.NET objects are seen with snake_case member names, e.g. <c>report.grade_label</c>). Besides the
    /// globals, templates can call <c>cell(text)</c>, which makes any text safe inside a Markdown table cell
    /// (<c>|</c> escaped, line breaks as <c>&lt;br&gt;</c>). Numbers print in the invariant culture. The render may
    /// loop and write in proportion to the lists in <paramref name="globals"/> (see <see cref="TemplateLimits"/>).
    /// </summary>
    /// <returns>The Markdown text, with LF line ends.</returns>
    /// <exception cref="TemplateException">The template is missing, has syntax errors, or fails while rendering (including going over a limit).</exception>
    public string Render(string name, IReadOnlyDictionary<string, object?> globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var (path, template) = _parsed.GetOrAdd(name, n => new Lazy<(string, Template)>(() => Parse(n))).Value;

        var script = new ScriptObject();
        foreach (var (key, value) in globals)
            script.SetValue(key, value is IReadOnlyDictionary<string, string> labels ? ToScript(labels) : value, readOnly: true);
        script.Import("cell", new Func<object?, string>(Cell));
        var context = new TemplateContext { StrictVariables = true, NewLine = "\n" };
        TemplateLimits.Apply(context, TemplateLimits.CountItems(globals.Values));
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(script);
        try
        {
            return template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(Problem(path, e.Span, e.OriginalMessage));
        }
    }

    /// <summary>Text made safe for a Markdown table cell: <c>|</c> escaped, line breaks turned into <c>&lt;br&gt;</c>.</summary>
    public static string Cell(object? value) =>
        (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", "<br>", StringComparison.Ordinal);

    private (string Path, Template Template) Parse(string name)
    {
        var path = PathOf(name) ?? throw new TemplateException(
            $"error: the report template '{name}' is in none of these folders: {string.Join(", ", _folders)}");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TemplateException($"{path}: error: cannot read the template: {e.Message}", e);
        }
        var template = Template.Parse(text, path);
        if (template.HasErrors)
            throw new TemplateException(template.Messages.Where(m => m.Type == ParserMessageType.Error)
                .Select(m => Problem(path, m.Span, m.Message)).ToList());
        return (path, template);
    }

    private static string Problem(string path, SourceSpan span, string message) =>
        $"{path}:{span.Start.Line + 1}:{span.Start.Column + 1}: error: {message}";

    private static ScriptObject ToScript(IReadOnlyDictionary<string, string> labels)
    {
        var script = new ScriptObject();
        foreach (var (key, value) in labels) script.SetValue(key, value, readOnly: true);
        return script;
    }
}
