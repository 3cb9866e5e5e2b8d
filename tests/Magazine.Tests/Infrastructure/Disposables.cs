namespace Magazine.Tests.Infrastructure;

/// <summary>What a test started (sites, databases), disposed at its end in reverse order: a site before the database under it.</summary>
public sealed class Disposables : IDisposable
{
    private readonly List<IDisposable> _items = [];

    public T Track<T>(T disposable) where T : IDisposable
    {
        _items.Add(disposable);
        return disposable;
    }

    public void Dispose()
    {
        foreach (var item in Enumerable.Reverse(_items))
        {
            item.Dispose();
        }
    }
}
