namespace Magazine.Web.Media;

/// <summary>Why an upload that looked like an image was not taken: interface strings' keys.</summary>
public static class ImageRefusal
{
    /// <summary>Placeholders: the image's width, height, and the largest number of megapixels taken.</summary>
    public const string TooManyPixelsMessage = "That image is {0} × {1} pixels, more than the {2} megapixels the site takes. Make it smaller and upload it again.";

    public const string UnreadableMessage = "That image could not be read: the file is damaged or incomplete. Export it again and upload the new file.";
}
