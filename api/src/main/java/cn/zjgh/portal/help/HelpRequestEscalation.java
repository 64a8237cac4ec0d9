package cn.zjgh.portal.help;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.help.HelpRequestMapper.Escalated;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request nobody accepted within {@code portal.help-requests.accept-within} goes to the
 * unit above, by itself and only once, with a fresh deadline there; the worker is told.
 * One UPDATE claims the overdue rows and writes their timeline steps, so replicas running
 * the job at the same moment never escalate a request twice.
 */
@Component
class HelpRequestEscalation {

	static final int BATCH = 500;

	private static final Log logger = LogFactory.getLog(HelpRequestEscalation.class);

	private final HelpRequestMapper requests;

	private final OrgUnitDirectory orgUnits;

	private final HelpRequestNotices notices;

	private final HelpRequestProperties properties;

	private final Clock clock;

	HelpRequestEscalation(HelpRequestMapper requests, OrgUnitDirectory orgUnits, HelpRequestNotices notices,
			HelpRequestProperties properties, Clock clock) {
		this.requests = requests;
		this.orgUnits = orgUnits;
		this.notices = notices;
		this.properties = properties;
		this.clock = clock;
	}

	/** Escalates one batch of overdue requests; returns how many this call escalated. */
	@Scheduled(fixedDelayString = "${portal.help-requests.escalation-interval:1m}",
			initialDelayString = "${portal.help-requests.escalation-interval:1m}")
	@Transactional
	public int escalate() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Escalated> escalated = this.requests.escalateOverdue(now, now.plus(this.properties.acceptWithin()), BATCH);
		Map<Long, OrgUnit> units = this.orgUnits
			.findAll(escalated.stream().map(Escalated::toUnitId).distinct().toList());
		for (Escalated request : escalated) {
			this.notices.tell(request.userId(), request.id(), request.category(), HelpRequestStepKind.ESCALATED,
					HelpRequestNotices.movedTo(units.get(request.toUnitId())));
		}
		if (!escalated.isEmpty()) {
			logger.info("Help requests: " + escalated.size() + " escalated to the unit above after "
					+ this.properties.acceptWithin() + " without acceptance");
		}
		return escalated.size();
	}

}
