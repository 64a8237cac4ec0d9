package cn.zjgh.portal.lecture;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.shared.ReadsFromReplica;

import org.springframework.stereotype.Service;

/** The read side of lecture series: listings and the series of each session. */
@Service
class LectureSeriesDirectory {

	private final LectureSeriesMapper series;

	LectureSeriesDirectory(LectureSeriesMapper series) {
		this.series = series;
	}

	@ReadsFromReplica
	Connection<LectureSeries> page(Long orgUnitId, PageRequest page) {
		return Connection.of(this.series.findPage(orgUnitId, page.afterId(), page.fetchSize()), page,
				(found) -> Cursor.of(found.getId()));
	}

	Map<Lecture, LectureSeries> seriesOf(List<Lecture> lectures) {
		List<Long> ids = Ids.distinct(lectures, Lecture::getSeriesId);
		Map<Long, LectureSeries> found = ids.isEmpty() ? Map.of()
				: Ids.index(this.series.selectByIds(ids), LectureSeries::getId);
		return Batches.byReference(lectures, Lecture::getSeriesId, found);
	}

}
