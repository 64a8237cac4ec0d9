/**
 * Outdoor-worker service stations (户外劳动者服务站): places where riders, couriers, drivers and
 * sanitation workers drink, charge, warm food, rest and get legal advice, found nearest
 * first (the stored-position search of {@code shared.NearbySearch}), open now or with a
 * given service. Workers report problems, which the organizers of the station's unit
 * resolve; an open "closed" report flags the station in listings. Free meals (爱心餐) have a
 * daily quota per station: PostgreSQL hands out at most that many a day (a conditional
 * update under a CHECK) and one a day per worker (a unique constraint).
 *
 * <p>
 * {@code StationDirectory} and {@code IssueQueue} read and decide who sees what;
 * {@code ServiceStations}, {@code StationIssues} and {@code FreeMeals} keep the rules of
 * every change.
 */
package cn.zjgh.portal.station;
