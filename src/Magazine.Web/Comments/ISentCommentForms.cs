namespace Magazine.Web.Comments;

/// <summary>
/// The comment forms already sent, remembered for as long as their note is valid, so the
/// same post sent twice is stored once. A seam: the memory one remembers per server; a
/// shared store (Redis) can take its place.
/// </summary>
public interface ISentCommentForms
{
    /// <returns>False if this key was already remembered (a duplicate); otherwise remembers it until <paramref name="until"/>.</returns>
    bool TryRemember(string key, DateTimeOffset until);
}
