namespace ScoreRules.Engine.Sampling;

/// <summary>A sample file could not be written; the message names the file and says why, for the person running the command.</summary>
public sealed class SampleWriteException : Exception
{
    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public SampleWriteException(string message) : base(message) { }

    /// <summary>Creates the exception with <paramref name="message"/> and the error that caused it.</summary>
    public SampleWriteException(string message, Exception inner) : base(message, inner) { }
}
