namespace Magazine.Web.Readership;

/// <summary><c>Magazine:Readership</c>: how often counted views reach the database and the most-read lists move.</summary>
public sealed class ReadershipOptions
{
    public const string Section = "Magazine:Readership";

    /// <summary>Seconds between two writes of the counted views; a crash loses at most this much counting.</summary>
    public int FlushSeconds { get; set; } = 5;

    /// <summary>Seconds between two refreshes of the most-read lists.</summary>
    public int MostReadSeconds { get; set; } = 60;

    /// <summary>Stories in each most-read list.</summary>
    public int MostReadCount { get; set; } = 5;
}
