namespace Magazine.Web.Accounts;

/// <summary>
/// Remembers failed sign-ins and says when a client must wait before trying an address
/// again. A seam: the memory one counts per server; a shared store (Redis) can take its
/// place without the sign-in knowing.
/// </summary>
public interface ISignInThrottle
{
    /// <summary>How long this client must wait before trying this address again; null when it may try now.</summary>
    TimeSpan? WaitBefore(string client, string address);

    void Failed(string client, string address);

    /// <summary>The right password: this client's failures on this address are forgotten, nothing else.</summary>
    void Succeeded(string client, string address);
}
