namespace ScoreRules.Reporting.Fonts;

/// <summary>The face chosen for a character in a style, and whether PDFsharp must simulate bold or italic.</summary>
/// <param name="Face">The face that has the character's glyph.</param>
/// <param name="SimulateBold">Bold was asked for but the face is not bold.</param>
/// <param name="SimulateItalic">Italic was asked for but the face is not italic.</param>
internal readonly record struct ResolvedFace(FontFace Face, bool SimulateBold, bool SimulateItalic);
