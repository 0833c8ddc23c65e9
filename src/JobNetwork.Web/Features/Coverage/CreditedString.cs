using System.Linq.Expressions;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.JobLeads;

namespace JobNetwork.Web.Features.Coverage;

/// <summary>A lead and the string it credits.</summary>
public sealed class LeadCredit
{
    public int LeadId { get; init; }

    public int? CircleId { get; init; }
}

/// <summary>
/// <see cref="JobLeads.LeadAttribution.CreditedCircleId"/> as a SQL expression, so leads are credited to strings
/// inside GROUP BY queries: the primary circle of the furthest person up the credited contact's "referred by" chain
/// (each contact's first referral) who has one, at most <see cref="LeadAttribution.ReferredByHops"/> referrers up
/// (docs/decisions/0006-lead-credit-up-the-referral-chain.md, 0014-credit-the-root-of-the-chain.md).
/// </summary>
internal static class CreditedString
{
    /// <summary>The string a contact's results credit, for the contact id <paramref name="contactId"/> selects.</summary>
    public static Expression<Func<TSource, TResult>> Select<TSource, TResult>(
        AppDbContext db, Expression<Func<TSource, int?>> contactId, Expression<Func<TSource, int?, TResult>> shape)
    {
        // Each use builds a fresh tree: EF cannot translate a subquery nested in one with the same lambda parameters.
        Expression<Func<int?, int?>> PrimaryCircle() => id => db.ContactCircles
            .Where(m => m.IsPrimary && m.ContactId == id).Select(m => (int?)m.CircleId).FirstOrDefault();
        // "Referred by" is the first referral that named the contact, as on the Today page.
        Expression<Func<int?, int?>> ReferredBy() => id => db.Referrals
            .Where(r => r.ReferredContactId == id).OrderBy(r => r.Id).Select(r => (int?)r.ReferrerId).FirstOrDefault();

        var source = shape.Parameters[0];
        Expression contact = Replace(contactId.Parameters[0], source, contactId.Body);
        var credited = Inline(PrimaryCircle(), contact);
        for (var hop = 1; hop <= LeadAttribution.ReferredByHops; hop++)
        {
            contact = Inline(ReferredBy(), contact);
            // The person further up comes first in the COALESCE: the string where the chain began wins.
            credited = Expression.Coalesce(Inline(PrimaryCircle(), contact), credited);
        }

        var body = Replace(shape.Parameters[1], credited, shape.Body);
        return Expression.Lambda<Func<TSource, TResult>>(body, source);
    }

    /// <summary>Every lead with the string it credits (null: none): what the lead page and the export show.</summary>
    public static IQueryable<LeadCredit> OfLeads(AppDbContext db) => db.JobLeads.Select(Select<Domain.JobLead, LeadCredit>(
        db, l => l.SourceContactId, (l, circleId) => new LeadCredit { LeadId = l.Id, CircleId = circleId }));

    private static Expression Inline(Expression<Func<int?, int?>> function, Expression argument) =>
        Replace(function.Parameters[0], argument, function.Body);

    private static Expression Replace(ParameterExpression parameter, Expression with, Expression body) =>
        new ParameterReplacer(parameter, with).Visit(body);

    /// <summary>Substitutes one parameter, by reference, leaving every other (including nested lambdas') alone.</summary>
    private sealed class ParameterReplacer(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : node;
    }
}
