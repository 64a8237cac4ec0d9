package cn.zjgh.portal.help;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.OrgUnit;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class HelpRequestStepController {

	private final HelpRequestReading reading;

	HelpRequestStepController(HelpRequestReading reading) {
		this.reading = reading;
	}

	@BatchMapping(typeName = "HelpRequestStep")
	Map<HelpRequestStep, OrgUnit> toOrgUnit(List<HelpRequestStep> steps) {
		return this.reading.destinationsOf(steps);
	}

}
