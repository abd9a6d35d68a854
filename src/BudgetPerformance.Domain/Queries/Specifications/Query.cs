using System;
using Ardalis.Specification;

namespace BudgetPerformance.Queries.Specifications;

/// <summary>A specification built by a configuration action; sealed and internal so that the public surface stays the interface.</summary>
/// <typeparam name="T">The read model.</typeparam>
internal sealed class Query<T> : Specification<T>
{
    internal Query(Action<ISpecificationBuilder<T>> build) => build(Query);
}
