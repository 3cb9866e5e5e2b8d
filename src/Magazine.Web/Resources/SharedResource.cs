namespace Magazine.Web.Resources;

/// <summary>
/// Names the site's one set of interface strings: SharedResource.resx (English, the keys'
/// own language) and SharedResource.ar.resx (Arabic). Keys are the English text, so a
/// view reads as it renders; a test keeps the two files' keys identical.
/// </summary>
public sealed class SharedResource;
