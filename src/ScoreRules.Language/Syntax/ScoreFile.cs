using ScoreRules.Language.Parsing;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// The syntax tree of one <c>.score</c> file: its declarations in order, its comments (for the
/// formatter) and its source text (to turn spans into file:line:col).
/// </summary>
/// <param name="Source">The file's text and path.</param>
/// <param name="Declarations">The declarations that parsed; a declaration with a syntax error is left out.</param>
/// <param name="Comments">Every <c>//</c> comment, in order.</param>
public sealed record ScoreFile(SourceText Source, SyntaxList<Declaration> Declarations, SyntaxList<Comment> Comments);
