namespace Magazine.Web.Mail;

/// <summary>
/// Caps the messages strangers can make the site send (newsletter confirmations, password
/// resets): per client per hour and per address per day, so the forms cannot flood anyone's
/// inbox. A seam like the sign-in throttle: memory today, a shared store later.
/// </summary>
public interface IMailRequestThrottle
{
    /// <summary>Counts the request; false when the client or the address has had its share.</summary>
    bool TryTake(string kind, string client, string address);
}
