namespace Magazine.Core.Entities;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public const string Writer = "Writer";
    public const string Reader = "Reader";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Writer, Reader];
    public static readonly IReadOnlyList<string> Newsroom = [Admin, Editor, Writer];
}
