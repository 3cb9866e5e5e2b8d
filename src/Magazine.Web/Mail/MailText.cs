using System.Globalization;
using Magazine.Web.Hosting;
using Magazine.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Mail;

/// <summary>
/// The interface strings in a recipient's edition rather than the request's: a message
/// queued from an English page to an Arabic subscriber, or from the background, is worded
/// in the edition it goes to.
/// </summary>
public sealed class MailText(IStringLocalizer<SharedResource> localizer)
{
    public T In<T>(Edition edition, Func<IStringLocalizer, T> compose)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = edition.Culture;
        try
        {
            return compose(localizer);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
