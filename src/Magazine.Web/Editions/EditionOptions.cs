namespace Magazine.Web.Editions;

/// <summary>The "Magazine:Editions" section: what each edition lists and how the Arabic one writes dates and numbers.</summary>
public sealed class EditionOptions
{
    /// <summary>
    /// Hide by default: a reader who chose an edition chose a language, and its feed and
    /// news sitemap declare one. A newsroom whose other edition is still thin can show its
    /// untranslated stories there too, each marked with its language.
    /// </summary>
    public UntranslatedStories Untranslated { get; set; } = UntranslatedStories.Hide;

    /// <summary>Levantine (كانون الثاني، شباط…) by default, the names this magazine's readers use; Standard gives يناير، فبراير….</summary>
    public ArabicMonthNames ArabicMonthNames { get; set; } = ArabicMonthNames.Levantine;

    /// <summary>Write numbers in the Arabic edition with Arabic-Indic digits (٠١٢٣…) instead of Western ones.</summary>
    public bool ArabicIndicDigits { get; set; }
}

public enum UntranslatedStories
{
    /// <summary>Each edition lists only the stories written in or translated into its language.</summary>
    Hide,

    /// <summary>Stories with no translation into an edition's language are listed there too, marked with their language.</summary>
    Show,
}

public enum ArabicMonthNames
{
    Levantine,
    Standard,
}
