/**
 * Membership (入会, 会籍, 电子会员卡): a worker applies to join an enterprise or township union,
 * an organizer of that unit or above approves or rejects, and an approval makes the
 * worker a member of that unit from that moment, ending any membership elsewhere (会籍转移)
 * with its history kept. PostgreSQL issues each worker's member number once and keeps at
 * most one open application and one current membership per worker; it also keeps
 * {@code app_user.org_unit_id} (which event audiences read) in step with the current
 * membership. The member card carries a signed code that expires within a minute, which
 * organizers verify.
 *
 * <p>
 * {@code ApplicationQueue} and {@code MemberCards} read and decide who sees what;
 * {@code MembershipApplications}, {@code Memberships} and {@code AccountDeletion} keep
 * the rules of every change.
 */
package cn.zjgh.portal.membership;
