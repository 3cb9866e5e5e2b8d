namespace Magazine.Web.Hosting;

public static class TextDirection
{
    private static readonly HashSet<string> RightToLeft = new(["ar", "fa", "he", "ur", "ps", "ckb", "yi"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"rtl" for right-to-left languages, otherwise "ltr".</summary>
    public static string Of(string? language)
    {
        var primary = (language ?? "").Split('-')[0];
        return RightToLeft.Contains(primary) ? "rtl" : "ltr";
    }
}
