using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Magazine.Web.Hosting;

/// <summary>A one-line confirmation carried across a post/redirect/get, read once by the next page.</summary>
public static class Flash
{
    private const string Key = "flash";

    public static void SetFlash(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? TakeFlash(this ITempDataDictionary tempData) => tempData[Key] as string;
}
