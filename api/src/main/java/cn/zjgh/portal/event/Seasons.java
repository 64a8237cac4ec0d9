package cn.zjgh.portal.event;

import java.time.LocalDate;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.event.EventInputs.CreateSeasonInput;
import cn.zjgh.portal.event.EventInputs.UpdateSeasonInput;
import cn.zjgh.portal.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seasons belong to the whole province: only its organizers (a grant on the root unit)
 * and admins create and change them. A season's name is unique and it lasts at most two
 * years.
 */
@Service
class Seasons {

	static final int MAX_DAYS = 731;

	private final SeasonMapper seasons;

	private final OrgScope orgScope;

	Seasons(SeasonMapper seasons, OrgScope orgScope) {
		this.seasons = seasons;
		this.orgScope = orgScope;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Season create(Caller caller, CreateSeasonInput input) {
		this.orgScope.requireProvinceOrganizer(caller);
		Season season = new Season();
		season.setName(uniqueName(input.name(), null));
		season.setStartsOn(input.startsOn());
		season.setEndsOn(checkedEnd(input.startsOn(), input.endsOn()));
		season.setQuarterNames(quarterNames((input.quarterNames() != null) ? input.quarterNames() : List.of()));
		this.seasons.insert(season);
		return this.seasons.selectById(season.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Season update(Caller caller, UpdateSeasonInput input) {
		this.orgScope.requireProvinceOrganizer(caller);
		Season season = DomainException.requireFound(this.seasons.selectById(input.id()), "Season", input.id());
		if (input.name() != null) {
			season.setName(uniqueName(input.name(), season.getId()));
		}
		LocalDate startsOn = (input.startsOn() != null) ? input.startsOn() : season.getStartsOn();
		LocalDate endsOn = (input.endsOn() != null) ? input.endsOn() : season.getEndsOn();
		season.setStartsOn(startsOn);
		season.setEndsOn(checkedEnd(startsOn, endsOn));
		if (input.quarterNames() != null) {
			season.setQuarterNames(quarterNames(input.quarterNames()));
		}
		this.seasons.updateById(season);
		return this.seasons.selectById(season.getId());
	}

	private String uniqueName(String name, Long self) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			throw DomainException.badInput("name", "must not be blank");
		}
		Season same = this.seasons.findByName(stripped);
		if (same != null && !same.getId().equals(self)) {
			throw DomainException.badInput("name", "another season has this name");
		}
		return stripped;
	}

	private static LocalDate checkedEnd(LocalDate startsOn, LocalDate endsOn) {
		if (endsOn.isBefore(startsOn) || endsOn.isAfter(startsOn.plusDays(MAX_DAYS))) {
			throw DomainException.badInput("endsOn", "must be on or after startsOn and within two years of it");
		}
		return endsOn;
	}

	private static String[] quarterNames(List<String> names) {
		if (names.stream().anyMatch(String::isBlank)) {
			throw DomainException.badInput("quarterNames", "must not contain a blank name");
		}
		return names.stream().map(String::strip).toArray(String[]::new);
	}

}
