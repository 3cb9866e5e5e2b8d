namespace Magazine.Web.ViewModels;

public sealed record ErrorViewModel(int StatusCode, string Title, string Message, string? RequestId);
