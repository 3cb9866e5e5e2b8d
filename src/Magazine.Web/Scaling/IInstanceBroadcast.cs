namespace Magazine.Web.Scaling;

/// <summary>
/// Tells the site's other instances what this one changed, so the copies they keep in
/// memory (the reader cache's eviction record and validator, the site identity, the next
/// scheduled publication) follow at once. One instance alone has nobody to tell.
/// </summary>
public interface IInstanceBroadcast
{
    /// <summary>Reader pages with these tags were evicted from the shared store.</summary>
    void Evicted(IReadOnlyCollection<string> tags);

    /// <summary>Settings or sections changed: the site identity must be read again.</summary>
    void IdentityChanged();
}

/// <summary>The broadcast of a site that runs as one instance.</summary>
public sealed class SingleInstance : IInstanceBroadcast
{
    public void Evicted(IReadOnlyCollection<string> tags)
    {
    }

    public void IdentityChanged()
    {
    }
}
