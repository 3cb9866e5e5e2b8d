using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Magazine.Web.Queries;

/// <summary>
/// A compiled query for each model it meets. EF refuses to run a compiled query against a
/// model other than the one it was compiled for; a site has one, but a process that opens
/// two engines (the copy from SQLite to PostgreSQL, the tests) has one per engine.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetOrAdd(db.Model, static (_, compile) => compile(), compile);
}
