namespace Magazine.Core.Entities;

/// <summary>
/// The public face of a writer. Usually tied to a newsroom account; imported authors
/// may have none until an administrator links them.
/// </summary>
public class AuthorProfile
{
    public int Id { get; set; }
    public string? UserId { get; set; }
    public MagazineUser? User { get; set; }
    public required string DisplayName { get; set; }
    public required string Slug { get; set; }
    public string? Bio { get; set; }
    public string? ExternalId { get; set; }
}
