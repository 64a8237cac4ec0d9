package cn.zjgh.portal.lecture;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.shared.ReadsFromReplica;

import org.springframework.stereotype.Service;

/** The read side of classrooms: listings and the classroom of each session. */
@Service
class ClassroomDirectory {

	private final ClassroomMapper classrooms;

	ClassroomDirectory(ClassroomMapper classrooms) {
		this.classrooms = classrooms;
	}

	@ReadsFromReplica
	Connection<Classroom> page(Long orgUnitId, LectureMode mode, PageRequest page) {
		return Connection.of(this.classrooms.findPage(orgUnitId, mode, page.afterId(), page.fetchSize()), page,
				(classroom) -> Cursor.of(classroom.getId()));
	}

	Map<Lecture, Classroom> classroomsOf(List<Lecture> lectures) {
		Map<Long, Classroom> found = Ids
			.index(this.classrooms.selectByIds(Ids.distinct(lectures, Lecture::getClassroomId)), Classroom::getId);
		return Batches.map(lectures, (lecture) -> found.get(lecture.getClassroomId()));
	}

}
