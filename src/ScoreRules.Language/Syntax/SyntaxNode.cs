using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// Base of every node of the syntax tree. Nodes are immutable records with structural equality;
/// each knows its <see cref="Span"/> in the file it came from (see <see cref="ScoreFile.Source"/>
/// for the file, line and column).
/// </summary>
/// <param name="Span">Where the node is in its file.</param>
public abstract record SyntaxNode(TextSpan Span);
