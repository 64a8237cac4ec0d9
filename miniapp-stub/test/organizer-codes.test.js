// The organizer pages when the portal says no: for each operation a page sends, each code the portal
// can answer it with shows the message utils/errors.js has for it (or the page's own wording). The
// editing forms (craftsman, story, groups, seasons, room, lecture, classrooms) have theirs in
// formRules (editing.test.js, organizing.test.js), the comments page in organizing.test.js.
const { load, flush, freshWx, page, organizerMe, showingUndefined } = require('./helpers');
const { showsMessageForEachCode, shownIn, opened, tap } = require('./codes');
const { MESSAGES } = require('../utils/errors');

beforeEach(() => {
  freshWx();
});

afterEach(() => {
  expect(showingUndefined()).toEqual([]);
});

const set = (view, field, value) => view.instance.input({ currentTarget: { dataset: { field } }, detail: { value } });
const withReason = (reason) => wx.showModal.mockImplementation((options) => options.success({ confirm: true, content: reason }));

describe('the organizer entry', () => {
  showsMessageForEachCode('organizer/index/index', 'query Me', ['RATE_LIMITED', 'INTERNAL'], {
    open: () => load('organizer/index/index'),
    act: (view) => view.instance.onLoad(),
    then: (view) => expect(view.querySelector('.tile')).toBeUndefined()
  });
});

describe('events', () => {
  const events = { organizerEvents: page([{ id: '42', title: '职工书画展', status: 'DRAFT', startsAt: '2026-12-20T06:00:00Z', capacity: 80,
    confirmedCount: 0, waitlistCount: 0, attendedCount: 0, version: 1, organizer: { name: '杭州市总工会' } }]) };

  showsMessageForEachCode('organizer/events/events', 'query OrganizerEvents', ['FORBIDDEN', 'RATE_LIMITED', 'UNAUTHENTICATED'], {
    open: () => load('organizer/events/events'),
    act: (view) => view.instance.onLoad(),
    variables: { status: null, first: 20, after: null }
  });

  showsMessageForEachCode('organizer/events/events', 'mutation PublishEvent', ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => opened('organizer/events/events', [events]),
    act: (view) => view.instance.publish(tap({ id: '42' })),
    variables: { id: '42' },
    where: shownIn.toast,
    then: (view) => expect(view.querySelector('.publish')).toBeDefined()
  });

  showsMessageForEachCode('organizer/events/events', 'mutation CancelEvent', ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'], {
    open: () => opened('organizer/events/events', [events]),
    act: (view) => {
      withReason(' 场地维修 ');
      return view.instance.cancel(tap({ id: '42' }));
    },
    variables: { id: '42', reason: '场地维修' },
    where: shownIn.toast
  });
});

describe('publishing an event', () => {
  const seasons = { seasons: page([]) };
  const fill = (view) => {
    set(view, 'title', '读书会');
    set(view, 'summary', '共读');
    view.instance.setData({ 'form.venue': '书屋', 'form.address': '杭州', 'form.lat': 30.27, 'form.lng': 120.15, 'form.date': '2026-12-20',
      'form.from': '19:00', 'form.to': '20:00' });
  };
  const edited = { event: { id: '42', title: '读书会', summary: '共读', body: null, coverUrl: null, kind: 'DEMONSTRATION',
    category: 'CULTURE', audience: 'PUBLIC', tags: [], status: 'DRAFT', version: 3, season: null, organizer: { id: '2', name: '杭州市总工会' },
    venue: { name: '书屋', address: '杭州', cityCode: '330100', districtCode: null, lat: 30.27, lng: 120.15 },
    startsAt: '2026-12-20T11:00:00Z', endsAt: '2026-12-20T12:00:00Z', registrationOpensAt: '2026-12-01T01:00:00Z',
    registrationClosesAt: '2026-12-20T11:00:00Z', capacity: null, waitlistEnabled: true, questions: [] } };

  showsMessageForEachCode('organizer/publish/publish', 'mutation CreateEvent', ['BAD_USER_INPUT', 'FORBIDDEN', 'RATE_LIMITED'], {
    open: () => opened('organizer/publish/publish', [organizerMe, seasons]),
    act: (view) => {
      fill(view);
      return view.instance.submit();
    },
    then: (view) => {
      expect(wx.sent[2].variables.input).toMatchObject({ orgUnitId: '2', title: '读书会', startsAt: '2026-12-20T19:00:00+08:00' });
      expect(wx.sent.length).toBe(3);
      expect(view.instance.data.id).toBeNull();
      expect(view.instance.data.busy).toBe(false);
    }
  });

  showsMessageForEachCode('organizer/publish/publish', 'mutation PublishEvent', ['BAD_USER_INPUT', 'FORBIDDEN'], {
    open: () => opened('organizer/publish/publish', [organizerMe, seasons]),
    answers: [{ createEvent: { event: { id: '42', status: 'DRAFT' } } }],
    act: (view) => {
      fill(view);
      return view.instance.submit();
    },
    variables: { id: '42' },
    // saved as a draft: the next tap changes that draft, it does not create another
    then: (view) => expect(view.instance.data).toMatchObject({ id: '42', status: 'DRAFT' })
  });

  showsMessageForEachCode('organizer/publish/publish', 'mutation UpdateEvent', ['VERSION_CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'], {
    open: () => opened('organizer/publish/publish', [organizerMe, seasons, edited], { id: '42' }),
    act: (view) => view.instance.saveDraft(),
    then: () => expect(wx.sent[3].variables.input).toMatchObject({ id: '42', version: 3 })
  });

  showsMessageForEachCode('organizer/publish/publish', 'query EventForEdit', ['FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => load('organizer/publish/publish'),
    answers: [organizerMe, seasons],
    act: (view) => view.instance.onLoad({ id: '42' }),
    variables: { id: '42' },
    then: (view) => expect(view.instance.data.form.title).toBe('')
  });
});

describe('attendees and check-in', () => {
  showsMessageForEachCode('organizer/attendees/attendees', 'query EventAttendees', ['FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: () => load('organizer/attendees/attendees'),
    act: (view) => view.instance.onLoad({ id: '42' }),
    variables: { eventId: '42', status: null, first: 50, after: null },
    then: (view) => expect(view.querySelector('.summary')).toBeUndefined()
  });

  test('a CSV the network loses, or the portal cannot give, says so', async () => {
    const list = await opened('organizer/attendees/attendees', [{ event: { id: '42', title: '职工书画展', capacity: 80, confirmedCount: 0,
      waitlistCount: 0, attendedCount: 0 }, eventAttendees: page([]) }], { id: '42' });
    wx.downloadFile.mockImplementationOnce((options) => options.fail({ errMsg: 'downloadFile:fail' }));
    await list.instance.download();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: MESSAGES.NETWORK, icon: 'none' });

    wx.downloadFile.mockImplementationOnce((options) => options.success({ statusCode: 500, tempFilePath: 'x' }));
    await list.instance.download();
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: '导出失败，请稍后再试', icon: 'none' });
    expect(wx.shareFileMessage).not.toHaveBeenCalled();
    expect(list.instance.data.downloading).toBe(false);
  });

  showsMessageForEachCode('organizer/checkin/checkin', 'mutation CheckInAttendee', ['NOT_FOUND', 'CHECK_IN_CLOSED', 'ALREADY_CHECKED_IN',
    'FORBIDDEN', 'RATE_LIMITED'], {
    open: () => opened('organizer/checkin/checkin', [organizerMe]),
    act: (view) => {
      view.instance.type({ detail: { value: ' K9 ' } });
      return view.instance.submitTyped();
    },
    variables: { code: 'K9' },
    messages: { NOT_FOUND: '无效的签到码，或不是本单位的活动' },
    then: (view) => {
      expect(view.querySelector('.checked-in')).toBeUndefined();
      expect(view.instance.data.busy).toBe(false);
    }
  });

  showsMessageForEachCode('organizer/checkin/checkin', 'query OrganizerLectures', ['FORBIDDEN', 'RATE_LIMITED'], {
    open: () => opened('organizer/checkin/checkin', [organizerMe]),
    act: (view) => view.instance.switchTab(tap({ tab: 'lectures' }))
  });
});

describe('the story review queue', () => {
  const queue = { storyReviewQueue: page([
    { id: '5', title: '一根主轴', summary: '三十年', body: '正文', coverUrl: null, tags: [], status: 'IN_REVIEW',
      authorOrgUnit: { name: '杭州市总工会' }, craftsmen: [{ name: '王师傅' }], pendingRevision: null },
    { id: '6', title: '焊花', summary: '', body: '', coverUrl: null, tags: [], status: 'IN_REVIEW',
      authorOrgUnit: { name: '西溪街道总工会' }, craftsmen: [{ name: '李师傅' }], pendingRevision: null }]) };

  showsMessageForEachCode('organizer/stories/stories', 'query StoryReviewQueue', ['FORBIDDEN', 'RATE_LIMITED'], {
    open: () => load('organizer/stories/stories'),
    act: (view) => view.instance.onLoad(),
    variables: { first: 20, after: null },
    then: (view) => expect(view.querySelector('.empty')).toBeUndefined()
  });

  showsMessageForEachCode('organizer/stories/stories', 'mutation PublishStory', ['CONTENT_RISKY', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'], {
    open: () => opened('organizer/stories/stories', [queue]),
    act: (view) => view.instance.publish(tap({ id: '5' })),
    variables: { id: '5' },
    then: (view) => expect(view.querySelectorAll('.story').length).toBe(2)
  });

  showsMessageForEachCode('organizer/stories/stories', 'mutation RejectStory', ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'], {
    open: () => opened('organizer/stories/stories', [queue]),
    act: (view) => {
      view.instance.reason({ currentTarget: { dataset: { id: '6' } }, detail: { value: '照片需授权' } });
      return view.instance.reject(tap({ id: '6' }));
    },
    variables: { id: '6', reason: '照片需授权' },
    then: (view) => expect(view.querySelectorAll('.story').length).toBe(2)
  });
});

describe('membership applications', () => {
  const applications = { membershipApplications: page([{ id: '5', status: 'PENDING', realName: '王建国', employer: '杭州汽轮',
    phone: '138****8000', reason: null, createdAt: '2026-11-24T01:00:00Z', reviewedAt: null, orgUnit: { id: '7', name: '西溪街道总工会' } }]) };

  showsMessageForEachCode('organizer/members/members', 'query Me', ['RATE_LIMITED'], {
    open: () => load('organizer/members/members'),
    act: (view) => view.instance.onLoad()
  });

  showsMessageForEachCode('organizer/members/members', 'query MembershipApplications', ['FORBIDDEN', 'RATE_LIMITED'], {
    open: () => load('organizer/members/members'),
    answers: [organizerMe],
    act: (view) => view.instance.onLoad(),
    variables: { orgUnitId: '2', status: 'PENDING', first: 20, after: null },
    then: (view) => expect(view.querySelector('.empty')).toBeUndefined()
  });

  showsMessageForEachCode('organizer/members/members', 'mutation ReviewMembershipApplication', ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND',
    'RATE_LIMITED'], {
    open: () => opened('organizer/members/members', [organizerMe, applications]),
    act: (view) => view.instance.approve(tap({ id: '5' })),
    variables: { id: '5', approve: true, reason: null },
    then: (view) => {
      expect(view.querySelectorAll('.application').length).toBe(1);
      expect(view.instance.data.busy).toBe(false);
    }
  });
});

describe('reading rooms', () => {
  const rooms = { readingRooms: page([{ id: '3', name: '西溪街道职工书屋', address: '天目山路', seatCount: 24, deskCode: 'D-7',
    deskQrCode: null, bookingHorizonDays: 7, slotMinutes: 60, upcomingClosures: [],
    openingHours: [{ weekday: 1, opens: '08:30', closes: '21:00' }] }]) };
  const occupancy = { roomOccupancy: { seats: 24, inService: 24, bookedNow: 5, checkedInNow: 4, freeNow: 19 } };
  const seats = { readingRoom: { id: '3', seats: [{ seatNo: 1, powerSocket: true, accessible: false, inService: true }] } };
  const openRooms = () => opened('organizer/rooms/rooms', [organizerMe, rooms, occupancy]);
  const openRoom = async () => {
    const view = await openRooms();
    wx.respond(200, { data: seats });
    await view.instance.toggle(tap({ id: '3' }));
    await flush();
    return view;
  };

  showsMessageForEachCode('organizer/rooms/rooms', 'query OrganizerRooms', ['FORBIDDEN', 'RATE_LIMITED'], {
    open: () => load('organizer/rooms/rooms'),
    answers: [organizerMe],
    act: (view) => view.instance.onLoad(),
    variables: { orgUnitId: '2', first: 50 }
  });

  showsMessageForEachCode('organizer/rooms/rooms', 'query RoomOccupancy', ['FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED'], {
    open: openRooms,
    act: (view) => view.instance.refresh(tap({ id: '3' })),
    variables: { roomId: '3' },
    then: (view) => expect(view.querySelector('.occupancy').dom.textContent).toContain('空闲 19')
  });

  showsMessageForEachCode('organizer/rooms/rooms', 'query RoomSeats', ['FORBIDDEN', 'NOT_FOUND'], {
    open: openRooms,
    act: (view) => view.instance.toggle(tap({ id: '3' })),
    variables: { id: '3' }
  });

  showsMessageForEachCode('organizer/rooms/rooms', 'mutation CloseReadingRoom', ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'], {
    open: openRoom,
    act: (view) => {
      view.instance.reason({ detail: { value: '消防检查' } });
      return view.instance.close();
    },
    then: (view) => {
      expect(wx.sent[4].variables).toEqual({ roomId: '3', date: view.instance.data.days[0].date, reason: '消防检查' });
      expect(view.querySelector('.closure')).toBeUndefined();
    }
  });

  showsMessageForEachCode('organizer/rooms/rooms', 'mutation UpdateReadingRoom', ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'], {
    open: openRoom,
    act: (view) => view.instance.saveHours(),
    variables: { input: { roomId: '3', bookingHorizonDays: 7, openingHours: [{ weekday: 1, opens: '08:30', closes: '21:00' }] } }
  });

  showsMessageForEachCode('organizer/rooms/rooms', 'mutation SetSeatInService', ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'], {
    open: openRoom,
    act: (view) => view.instance.seatInService({ currentTarget: { dataset: { seat: '1' } }, detail: { value: false } }),
    variables: { roomId: '3', seatNo: 1, inService: false },
    then: (view) => expect(view.instance.data.seats[0].inService).toBe(true)
  });

  showsMessageForEachCode('organizer/rooms/rooms', 'mutation CreateReadingRoom', ['BAD_USER_INPUT', 'FORBIDDEN', 'RATE_LIMITED'], {
    open: openRooms,
    act: (view) => {
      view.instance.startCreating();
      const field = (name, value) => view.instance.roomInput({ currentTarget: { dataset: { field: name } }, detail: { value } });
      field('name', '湖墅职工书屋');
      field('address', '湖墅南路 201 号');
      field('seatCount', '12');
      view.instance.setData({ 'room.lat': 30.2765, 'room.lng': 120.156 });
      return view.instance.create();
    },
    then: (view) => {
      expect(wx.sent[3].variables.input).toMatchObject({ orgUnitId: '2', name: '湖墅职工书屋', seatCount: 12 });
      expect(view.querySelectorAll('.room').length).toBe(1);
    }
  });
});

describe('lecture scheduling', () => {
  const setup = { classrooms: page([{ id: '1', name: '食堂', mode: 'OFFLINE' }]), craftsmen: page([{ id: '8', name: '王师傅' }]),
    lectureSeries: page([]) };
  const session = { id: '5', topic: '班前十分钟', startsAt: '2026-11-26T00:00:00Z', durationMinutes: 10, status: 'SCHEDULED',
    checkInCode: 'L-4821', attendeeCount: 0, classroom: { id: '1', name: '食堂' }, lecturers: [] };
  const openLectures = () => opened('organizer/lectures/lectures', [organizerMe, setup, { lectures: page([session]) }]);
  // a clash comes with the portal's words naming the other session
  const busy = { LECTURER_BUSY: MESSAGES.LECTURER_BUSY + '：refused', CLASSROOM_BUSY: MESSAGES.CLASSROOM_BUSY + '：refused' };

  showsMessageForEachCode('organizer/lectures/lectures', 'query LectureSetup', ['FORBIDDEN', 'RATE_LIMITED'], {
    open: () => load('organizer/lectures/lectures'),
    answers: [organizerMe],
    act: (view) => view.instance.onLoad(),
    variables: { orgUnitId: '2' }
  });

  showsMessageForEachCode('organizer/lectures/lectures', 'mutation ScheduleLecture', ['CLASSROOM_BUSY', 'LECTURER_BUSY', 'BAD_USER_INPUT',
    'FORBIDDEN', 'NOT_FOUND'], {
    open: openLectures,
    act: (view) => {
      view.instance.pickLecturers({ detail: { value: ['8'] } });
      set(view, 'topic', '安全生产');
      set(view, 'date', '2026-12-01');
      return view.instance.schedule();
    },
    variables: { input: { classroomId: '1', seriesId: null, lecturerIds: ['8'], topic: '安全生产', summary: null,
      startsAt: '2026-12-01T08:00:00+08:00', durationMinutes: 10, capacity: null } },
    messages: busy,
    then: (view) => expect(view.instance.data.form.topic).toBe('安全生产')
  });

  showsMessageForEachCode('organizer/lectures/lectures', 'mutation RescheduleLecture', ['LECTURER_BUSY', 'CLASSROOM_BUSY', 'BAD_USER_INPUT',
    'NOT_FOUND'], {
    open: openLectures,
    act: (view) => {
      view.instance.startMoving(tap({ id: '5' }));
      view.instance.moveInput({ currentTarget: { dataset: { field: 'time' } }, detail: { value: '08:30' } });
      return view.instance.reschedule();
    },
    variables: { input: { id: '5', startsAt: '2026-11-26T08:30:00+08:00', endsAt: '2026-11-26T00:40:00Z' } },
    messages: busy,
    then: (view) => expect(view.instance.data.moving).toBe('5')
  });

  showsMessageForEachCode('organizer/lectures/lectures', 'mutation CancelLecture', ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'], {
    open: openLectures,
    act: (view) => {
      withReason('主讲人出差');
      return view.instance.cancel(tap({ id: '5' }));
    },
    variables: { id: '5', reason: '主讲人出差' },
    where: shownIn.toast
  });
});
