namespace Magazine.Web.ViewModels;

public sealed record AdSlotModel(string Name, string? Markup);
