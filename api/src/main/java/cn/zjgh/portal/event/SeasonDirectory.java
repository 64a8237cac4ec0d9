package cn.zjgh.portal.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.stereotype.Service;

/** Seasons, newest first, and the season each event belongs to. */
@Service
class SeasonDirectory {

	private final SeasonMapper seasons;

	SeasonDirectory(SeasonMapper seasons) {
		this.seasons = seasons;
	}

	Connection<Season> page(PageRequest page) {
		return Connection.of(this.seasons.findPage(page.afterId(), page.fetchSize()), page,
				(season) -> Cursor.of(season.getId()));
	}

	Map<Event, Season> ofEvents(List<Event> events) {
		List<Long> ids = events.stream().map(Event::getSeasonId).filter(Objects::nonNull).distinct().toList();
		Map<Long, Season> found = ids.isEmpty() ? Map.of()
				: this.seasons.selectByIds(ids).stream().collect(Collectors.toMap(Season::getId, Function.identity()));
		return Batches.byReference(events, Event::getSeasonId, found);
	}

}
