package cn.zjgh.portal.station;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.RateLimiter;
import cn.zjgh.portal.station.StationInputs.ClaimFreeMealPayload;
import cn.zjgh.portal.station.StationInputs.FreeMealClaim;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free meals (爱心餐): each station hands out at most its daily quota, one a day to each
 * worker, whatever the number of riders pressing at once. PostgreSQL decides both: a
 * conditional update of the day's count under a CHECK, and a unique constraint over
 * (worker, day). The day is the portal's (its clock and zone).
 */
@Service
class FreeMeals {

	/** A rider presses once or twice; this only stops scripts. */
	static final int CLAIM_LIMIT = 10;

	static final Duration CLAIM_WINDOW = Duration.ofMinutes(1);

	static final String ALREADY_CLAIMED = "今天已经领过爱心餐了，每人每天一份";

	static final String QUOTA_EXHAUSTED = "今天的爱心餐已经领完了";

	private final FreeMealMapper meals;

	private final StationMapper stations;

	private final StationDirectory directory;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	FreeMeals(FreeMealMapper meals, StationMapper stations, StationDirectory directory, RateLimiter rateLimiter,
			Clock clock) {
		this.meals = meals;
		this.stations = stations;
		this.directory = directory;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	ClaimFreeMealPayload claim(Caller caller, long stationId) {
		this.rateLimiter.check("claim-meal", caller.userId(), CLAIM_LIMIT, CLAIM_WINDOW);
		ServiceStation station = this.directory.requireInService(stationId, "stationId");
		if (!station.offersFreeMeals()) {
			throw DomainException.badInput("stationId", "this station offers no free meals");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (this.meals.findClaim(caller.userId(), today) != null) {
			throw new DomainException(ErrorCode.ALREADY_CLAIMED, ALREADY_CLAIMED);
		}
		this.meals.openDay(station.getId(), today, station.getFreeMealQuota());
		FreeMealClaim claim = this.meals.claim(station.getId(), caller.userId(), today, OffsetDateTime.now(this.clock));
		if (claim == null) {
			throw new DomainException(ErrorCode.QUOTA_EXHAUSTED, QUOTA_EXHAUSTED);
		}
		StationMapper.MealDay day = this.stations.mealDaysOf(List.of(station.getId()), today).get(0);
		return new ClaimFreeMealPayload(claim, day.quota() - day.claimed());
	}

}
