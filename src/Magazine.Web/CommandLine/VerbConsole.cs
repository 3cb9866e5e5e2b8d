namespace Magazine.Web.CommandLine;

/// <summary>Where a verb writes: its result to Out, its errors to Error; tests capture both.</summary>
public sealed record VerbConsole(TextWriter Out, TextWriter Error)
{
    public static VerbConsole System => new(Console.Out, Console.Error);

    public int Fail(string message, int exitCode = 1)
    {
        Error.WriteLine("error: " + message);
        return exitCode;
    }
}
