namespace Magazine.Web.Publishing;

/// <summary><c>Magazine:LiveUpdates</c>: how often an open live story asks for new updates.</summary>
public sealed class LiveUpdateOptions
{
    public const string Section = "Magazine:LiveUpdates";

    public int PollSeconds { get; set; } = 30;
}
