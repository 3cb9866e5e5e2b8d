using Magazine.Web.Infrastructure;

namespace Magazine.Web.Media;

/// <summary>
/// For an action whose form carries an image: the request is capped at
/// <see cref="MediaStore.MaxRequestBytes"/>, so a body over it answers 413. An image that fits
/// the request but not <see cref="MediaStore.MaxBytes"/> is refused by the store, on the form,
/// with the person's text kept.
/// </summary>
public sealed class AcceptsImageUploadAttribute() : UploadLimitAttribute(MediaStore.MaxRequestBytes);
