namespace ScoreRules.Engine.Data;

/// <summary>
/// Which exceptions from the parsing libraries (Sep, System.Text.Json, MiniExcel) mean "this file
/// cannot be read" and become an SD008 diagnostic. A malformed file can make a library throw almost
/// any exception type, so everything counts except failures of the process itself and cancellation.
/// </summary>
internal static class ReadFailures
{
    /// <summary>True when <paramref name="e"/> is about the file, not about the process.</summary>
    public static bool IsReadFailure(Exception e) =>
        e is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException or AccessViolationException);

    /// <summary>The first sentence of a library message, without position details the diagnostic already gives.</summary>
    public static string Short(Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return message.Trim().TrimEnd('.', ' ', '|');
    }
}
