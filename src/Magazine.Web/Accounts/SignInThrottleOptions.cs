namespace Magazine.Web.Accounts;

/// <summary>
/// "Magazine:SignInThrottle". Failures are counted per client and address, per client and
/// per address; past an allowance the client waits, the wait doubling with every further
/// failure. No count ever refuses a client that has not failed itself, so an outsider's
/// guesses cannot shut the real person out.
/// </summary>
public sealed class SignInThrottleOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Failures one client may make on one address before it waits.</summary>
    public int FailuresPerClientAndAddress { get; set; } = 5;

    /// <summary>Failures one client may make across all addresses before it waits (a guesser trying many accounts).</summary>
    public int FailuresPerClient { get; set; } = 20;

    /// <summary>
    /// Failures on one address, from every client together, after which each client gets a
    /// single try on it before waiting: guesses spread over many clients slow down, while a
    /// client that has not failed (the real person) still signs in.
    /// </summary>
    public int FailuresPerAddress { get; set; } = 20;

    public int FirstWaitSeconds { get; set; } = 60;

    public int LongestWaitMinutes { get; set; } = 60;

    /// <summary>Failures are forgotten this long after the last one.</summary>
    public int ForgetAfterHours { get; set; } = 24;

    /// <summary>How long a client waits after its last failure, having failed <paramref name="count"/> times against an allowance of <paramref name="allowance"/>.</summary>
    public TimeSpan WaitAfter(int count, int allowance)
    {
        if (allowance <= 0 || count < allowance)
        {
            return TimeSpan.Zero;
        }
        var doublings = Math.Min(count - allowance, 20);
        return TimeSpan.FromSeconds(Math.Min(FirstWaitSeconds * Math.Pow(2, doublings), LongestWaitMinutes * 60.0));
    }
}
